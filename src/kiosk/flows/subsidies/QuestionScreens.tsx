/**
 * The four questions of "我能领什么？", one per screen, each one tap and each with 不知道: age
 * (bands whose edges come from the rules), local 户籍, 低保/特困, disability grade. The first
 * also leads to 我的补贴, the identified member's own figures.
 */
import './subsidies.css';
import type { ComponentChildren } from 'preact';
import { t } from '../../../i18n';
import { DISABILITY_GRADES } from '../../../shared/members/categories';
import { ageBands } from '../../../shared/subsidies';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { BigButton, type Choice, ChoiceGrid, type IconName } from '../../ui';
import { identify } from '../identify/identify';
import { answers, askedCategories, goNext, type Question } from './answers';
import { SubsidiesMissing } from './SubsidiesMissing';
import { bandWords } from './words';

const UNKNOWN = 'unknown';
const unknownChoice = (): Choice => ({
  id: UNKNOWN,
  icon: 'help',
  label: t('subsidies.choice.unknown'),
});

/** One question: its title spoken with the hint that 不知道 is an answer too. */
function Ask({
  question,
  title,
  choices,
  onChoose,
  before,
}: {
  question: Question;
  title: string;
  choices: Choice[];
  onChoose: (id: string) => void;
  /** Shown above the choices (the first screen's way to the member's own figures). */
  before?: ComponentChildren;
}) {
  const config = useConfig();
  usePrompt(t('subsidies.ask.prompt', { question: title }));
  if (!config.subsidies) return <SubsidiesMissing />;
  return (
    <KioskScreen title={title}>
      {before}
      <ChoiceGrid
        label={title}
        choices={[...choices, unknownChoice()]}
        onChoose={(id) => {
          onChoose(id);
          goNext(config, question);
        }}
      />
    </KioskScreen>
  );
}

export function AgeScreen() {
  const config = useConfig();
  const bands = config.subsidies ? ageBands(config.subsidies, config.meals) : [];
  return (
    <Ask
      question="age"
      title={t('subsidies.ask.age')}
      before={
        // 我的补贴 beside the anonymous check, so the check itself stays five taps from home.
        <div class="subsidy-mine__entry">
          <BigButton
            icon="user"
            variant="secondary"
            size="secondary"
            label={t('subsidies.mine.entry')}
            onPress={() => identify({ next: 'subsidies-mine', greetedByJob: true })}
          />
        </div>
      }
      choices={bands.map((b) => ({ id: String(b.min), icon: 'user', label: bandWords(b) }))}
      onChoose={(id) => {
        // A fresh check starts here: earlier answers of this person are replaced one by one.
        answers.value = { age: bands.find((b) => String(b.min) === id) ?? null };
      }}
    />
  );
}

export function LocalScreen() {
  return (
    <Ask
      question="local"
      title={t('subsidies.ask.local')}
      choices={[
        { id: 'yes', icon: 'home', label: t('subsidies.choice.yes') },
        { id: 'no', icon: 'cross', label: t('subsidies.choice.no') },
      ]}
      onChoose={(id) => {
        answers.value = { ...answers.value, local: id === UNKNOWN ? null : id === 'yes' };
      }}
    />
  );
}

export function CategoryScreen() {
  const config = useConfig();
  const categories = askedCategories(config);
  return (
    <Ask
      question="category"
      title={t('subsidies.ask.category')}
      choices={[
        ...categories.map((k) => ({
          id: k,
          icon: 'coins' as IconName,
          label: t(`subsidies.category.${k}`),
        })),
        { id: 'none', icon: 'cross', label: t('subsidies.choice.none') },
      ]}
      onChoose={(id) => {
        const chosen = categories.find((k) => k === id);
        answers.value = {
          ...answers.value,
          categories: id === UNKNOWN ? null : chosen ? [chosen] : [],
        };
      }}
    />
  );
}

export function DisabilityScreen() {
  return (
    <Ask
      question="disability"
      title={t('subsidies.ask.disability')}
      choices={DISABILITY_GRADES.map((g) => ({
        id: g,
        icon: g === 'none' ? 'walk' : 'medical',
        label: t(`subsidies.grade.${g}`),
      }))}
      onChoose={(id) => {
        const grade = DISABILITY_GRADES.find((g) => g === id);
        answers.value = { ...answers.value, disability: grade ?? null };
      }}
    />
  );
}
