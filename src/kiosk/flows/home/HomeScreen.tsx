/** Home: one big tile per job the centre has turned on (and this version has), nothing else. */
import { t } from '../../../i18n';
import type { ImplementedJob } from '../../../shared/config/kiosk';
import type { Job } from '../../../shared/config/schema';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate, type ScreenId } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { homeJobs, useConfig } from '../../app/state';
import { ChoiceGrid } from '../../ui/choice-grid/ChoiceGrid';
import type { IconName } from '../../ui/icon/paths';
import { identify } from '../identify/identify';
import { ClassTileSlot } from './ClassTileSlot';

/**
 * The screen each job opens and its icon: one for every job of the shared IMPLEMENTED_JOBS list
 * (the compiler asks for a tile when a job joins it); config checks refuse any other job.
 */
export const AVAILABLE_JOBS: Partial<Record<Job, JobTile>> & Record<ImplementedJob, JobTile> = {
  activities: { screen: 'activities', icon: 'calendar' },
  about: { screen: 'about', icon: 'info' },
  // Meals need to know who: the card first (once per session); the meals screen greets by name.
  meals: {
    screen: 'meals',
    icon: 'meal',
    open: () => identify({ next: 'meals', greetedByJob: true }),
  },
  // Help asks who only when needed: a complaint may be made without a name.
  help: { screen: 'help', icon: 'help' },
  // Anonymous: no card, nothing recorded.
  subsidies: { screen: 'subsidies', icon: 'coins' },
  // Anyone may learn without a card: nothing is saved for an elder who has not identified.
  lessons: { screen: 'lessons', icon: 'smartphone' },
};

interface JobTile {
  screen: ScreenId;
  icon: IconName;
  open?: () => void;
}

export function HomeScreen() {
  usePrompt(t('shell.home.prompt'));
  // The centre's jobs, narrowed to this kiosk's own subset when the fleet page set one.
  const jobs = homeJobs.value.filter((j) => AVAILABLE_JOBS[j]);
  const { centre } = useConfig();
  return (
    <KioskScreen title={t('shell.home.title')}>
      {/* During a class: "今天的课：视频通话", to check in by card. */}
      <ClassTileSlot timeZone={centre.timeZone} />
      <ChoiceGrid
        label={t('shell.home.title')}
        choices={jobs.map((j) => ({
          id: j,
          icon: (AVAILABLE_JOBS[j] as { icon: IconName }).icon,
          label: t(`shell.jobs.${j}`),
        }))}
        onChoose={(id) => {
          const job = AVAILABLE_JOBS[id as Job];
          if (job?.open) job.open();
          else if (job) navigate(job.screen);
        }}
      />
    </KioskScreen>
  );
}
