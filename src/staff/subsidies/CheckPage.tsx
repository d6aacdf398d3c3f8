/**
 * 查补贴（代问、打印）(the desk): the kiosk's anonymous "我能领什么？" answered for an elder at
 * the desk — the same questions (only those this centre's rules need, each with 不知道), the same
 * engine and the same words as the kiosk's answer — and printed on A4 for them to take home
 * (check.css). Nothing is recorded or sent: the answers live in this page until it is left.
 */
import { computed, signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { localText, t } from '../../i18n';
import { answerHeadline, answerItems, bandWords } from '../../kiosk/flows/subsidies/words';
import { centreClock } from '../../shared/centre/clock';
import type { CentreKioskConfig } from '../../shared/config/schema';
import { DISABILITY_GRADES } from '../../shared/members/categories';
import { ageBands, evaluateSubsidies } from '../../shared/subsidies';
import {
  type Answers,
  askedCategories,
  factsOf,
  type Question,
  questions,
} from '../../shared/subsidies/questions';
import { dateTime } from '../app/format';
import { loadSubsidyRules, subsidyRules } from './subsidy-config';
import './check.css';

const UNKNOWN = 'unknown';

/** When the answer was printed: set as the print dialog opens (the button, or Ctrl+P). */
const printedAt = signal(new Date());
const printedTime = computed(() => dateTime(printedAt.value.toISOString()));

interface Option {
  id: string;
  label: string;
}

/** Each question's choices as the kiosk offers them, 不知道 last. */
function optionsOf(config: CentreKioskConfig, question: Question): Option[] {
  const unknown = { id: UNKNOWN, label: t('subsidies.choice.unknown') };
  if (question === 'age') {
    const bands = config.subsidies ? ageBands(config.subsidies, config.meals) : [];
    return [...bands.map((b) => ({ id: String(b.min), label: bandWords(b) })), unknown];
  }
  if (question === 'local')
    return [
      { id: 'yes', label: t('subsidies.choice.yes') },
      { id: 'no', label: t('subsidies.choice.no') },
      unknown,
    ];
  if (question === 'category')
    return [
      ...askedCategories(config).map((k) => ({ id: k, label: t(`subsidies.category.${k}`) })),
      { id: 'none', label: t('subsidies.choice.none') },
      unknown,
    ];
  return [...DISABILITY_GRADES.map((g) => ({ id: g, label: t(`subsidies.grade.${g}`) })), unknown];
}

/** The answers from the chosen option of each question. */
function answersOf(config: CentreKioskConfig, chosen: Record<Question, string>): Answers {
  const bands = config.subsidies ? ageBands(config.subsidies, config.meals) : [];
  const category = askedCategories(config).find((k) => k === chosen.category);
  const grade = DISABILITY_GRADES.find((g) => g === chosen.disability);
  return {
    age: bands.find((b) => String(b.min) === chosen.age) ?? null,
    local: chosen.local === UNKNOWN ? null : chosen.local === 'yes',
    categories: chosen.category === UNKNOWN ? null : category ? [category] : [],
    disability: grade ?? null,
  };
}

const START: Record<Question, string> = {
  age: UNKNOWN,
  local: UNKNOWN,
  category: UNKNOWN,
  disability: UNKNOWN,
};

export function CheckPage() {
  const rules = subsidyRules.value;
  useEffect(() => {
    void loadSubsidyRules();
    const stamp = () => {
      printedAt.value = new Date();
    };
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, []);
  return (
    <div class="subsidy-check">
      <div class="page-head no-print">
        <h1 tabIndex={-1}>{t('subsidyOutreach.check.title')}</h1>
      </div>
      {rules === null && <p>{t('subsidyOutreach.check.loading')}</p>}
      {rules instanceof Error && (
        <p class="notice notice--error" role="alert">
          {t('subsidyOutreach.check.failed', { detail: rules.message })}
        </p>
      )}
      {rules && !(rules instanceof Error) && (
        <Check config={rules.config} centre={localText(rules.centreName)} />
      )}
    </div>
  );
}

function Check({ config, centre }: { config: CentreKioskConfig; centre: string }) {
  const [chosen, setChosen] = useState<Record<Question, string>>(START);
  const subsidies = config.subsidies;
  if (!subsidies)
    return <p class="notice notice--info">{t('subsidyOutreach.check.noSubsidies')}</p>;
  const asked = questions(config);
  const today = centreClock(new Date(), config.centre.timeZone).date;
  const result = evaluateSubsidies(
    subsidies,
    config.meals,
    factsOf(answersOf(config, chosen)),
    today,
  );
  const items = answerItems(subsidies, result.programmes, result.meals);
  const title: Record<Question, string> = {
    age: t('subsidies.ask.age'),
    local: t('subsidies.ask.local'),
    category: t('subsidies.ask.category'),
    disability: t('subsidies.ask.disability'),
  };
  return (
    <>
      <p class="subsidy-check__intro no-print">{t('subsidyOutreach.check.intro')}</p>
      <form class="subsidy-check__questions no-print" onSubmit={(e) => e.preventDefault()}>
        <h2>{t('subsidyOutreach.check.questions')}</h2>
        {asked.map((q) => (
          <fieldset key={q} class="subsidy-check__question" data-question={q}>
            <legend>{title[q]}</legend>
            <div class="subsidy-check__options">
              {optionsOf(config, q).map((o) => (
                <label key={o.id} class="subsidy-check__option">
                  <input
                    type="radio"
                    name={`check-${q}`}
                    value={o.id}
                    checked={chosen[q] === o.id}
                    onChange={() => setChosen({ ...chosen, [q]: o.id })}
                  />
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div class="actions">
          <button type="button" class="button button--primary" onClick={() => window.print()}>
            {t('subsidyOutreach.check.print')}
          </button>
          <button type="button" class="button" onClick={() => setChosen(START)}>
            {t('subsidyOutreach.check.again')}
          </button>
        </div>
      </form>
      <section class="subsidy-check__answer" aria-labelledby="check-answer">
        <p class="print-only subsidy-check__printed">
          {t('subsidyOutreach.check.printedAt', { centre, time: printedTime.value })}
        </p>
        <h2 id="check-answer">{t('subsidies.answer.title')}</h2>
        <dl class="subsidy-check__given">
          {asked.map((q) => (
            <div key={q}>
              <dt>{title[q]}</dt>
              <dd>{optionsOf(config, q).find((o) => o.id === chosen[q])?.label}</dd>
            </div>
          ))}
        </dl>
        <p class="subsidy-check__lead">{answerHeadline(items)}</p>
        {items.map((item) => (
          <section key={item.id} class="subsidy-check__item" data-programme={item.id}>
            <h3>{item.name}</h3>
            <p class="subsidy-check__amount">{item.amount}</p>
            <p>{item.when}</p>
            {item.bring && <p>{item.bring}</p>}
            <p>{item.where}</p>
          </section>
        ))}
      </section>
    </>
  );
}
