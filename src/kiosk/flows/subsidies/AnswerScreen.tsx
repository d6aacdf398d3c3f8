/**
 * The answer: the programmes this person could get, each with its amount, when it starts (or
 * what it depends on), what to bring and where to go — all of it spoken. Worked out on the kiosk
 * from the config alone, so it works offline; nothing is stored or sent.
 */
import './subsidies.css';
import { t } from '../../../i18n';
import { centreClock } from '../../../shared/centre/clock';
import { evaluateSubsidies } from '../../../shared/subsidies';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { Icon, ScrollArea } from '../../ui';
import { answers, factsOf } from './answers';
import { SubsidiesMissing } from './SubsidiesMissing';
import { answerHeadline, answerItems, spokenAnswer } from './words';

export function AnswerScreen() {
  const config = useConfig();
  const subsidies = config.subsidies;
  const today = centreClock(new Date(), config.centre.timeZone).date;
  const result = subsidies
    ? evaluateSubsidies(subsidies, config.meals, factsOf(answers.value), today)
    : null;
  const items = subsidies && result ? answerItems(subsidies, result.programmes, result.meals) : [];
  // The caption says how many; the list below shows each in full, and all of it is spoken.
  usePrompt(answerHeadline(items), spokenAnswer(items));
  if (!subsidies) return <SubsidiesMissing />;
  const title = t('subsidies.answer.title');
  return (
    <KioskScreen title={title}>
      <ScrollArea label={t('subsidies.answer.list')}>
        <div class="info-list">
          <p class="info-block__lead">{answerHeadline(items)}</p>
          {items.map((item) => (
            <section key={item.id} class="info-block subsidy">
              <h2>
                <Icon name={item.id === 'meals' ? 'meal' : 'coins'} /> {item.name}
              </h2>
              <p class="subsidy__amount">{item.amount}</p>
              <p>{item.when}</p>
              {item.bring && <p>{item.bring}</p>}
              <p>{item.where}</p>
            </section>
          ))}
        </div>
      </ScrollArea>
    </KioskScreen>
  );
}
