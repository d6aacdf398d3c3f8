/** Named example states of Screen, each a whole page. */
import { BigButton } from '../big-button/BigButton';
import { ChoiceGrid } from '../choice-grid/ChoiceGrid';
import type { IconName } from '../icon/paths';
import { Keypad } from '../keypad/Keypad';
import { defineStates, ignore, sample } from '../showcase/kit-state';
import { Screen } from './Screen';

function Header() {
  return (
    <>
      <p>{sample('centreName')}</p>
      <BigButton
        icon="phone"
        label={sample('callStaff')}
        size="secondary"
        variant="secondary"
        onPress={ignore}
      />
      <BigButton
        icon="emergency"
        label={sample('emergency')}
        size="secondary"
        variant="danger"
        onPress={ignore}
      />
    </>
  );
}

const FOOTER: { key: string; icon: IconName }[] = [
  { key: 'home', icon: 'home' },
  { key: 'back', icon: 'back' },
  { key: 'hearAgain', icon: 'speaker' },
  { key: 'quieter', icon: 'volume-down' },
  { key: 'louder', icon: 'volume-up' },
  { key: 'textSize', icon: 'text-size' },
  { key: 'language', icon: 'language' },
];

function Footer() {
  return (
    <>
      {FOOTER.map((b) => (
        <BigButton
          key={b.key}
          icon={b.icon}
          label={sample(b.key)}
          size="secondary"
          variant="quiet"
          onPress={ignore}
        />
      ))}
    </>
  );
}

const JOBS: { id: string; icon: IconName }[] = [
  { id: 'meals', icon: 'meal' },
  { id: 'activities', icon: 'calendar' },
  { id: 'about', icon: 'info' },
  { id: 'help', icon: 'help' },
  { id: 'subsidies', icon: 'coins' },
  { id: 'lessons', icon: 'smartphone' },
];

export const screenStates = defineStates(
  'Screen',
  'screen',
  {
    'with-header-footer': () => (
      <Screen
        title={sample('homeTitle')}
        caption={sample('homeCaption')}
        header={<Header />}
        footer={<Footer />}
      >
        <ChoiceGrid
          label={sample('chooseJob')}
          choices={JOBS.map((j) => ({ ...j, label: sample(`job.${j.id}`) }))}
          onChoose={ignore}
        />
      </Screen>
    ),
    'with-keypad': () => (
      <Screen
        title={sample('signInTitle')}
        caption={sample('enterCard')}
        header={<Header />}
        footer={<Footer />}
      >
        <Keypad
          label={sample('enterCard')}
          value="2035"
          onChange={ignore}
          maxLength={10}
          onDone={ignore}
        />
      </Screen>
    ),
    'title-only': () => <Screen title={sample('homeTitle')} />,
  },
  true,
);
