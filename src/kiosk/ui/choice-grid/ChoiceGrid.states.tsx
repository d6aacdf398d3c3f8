/** Named example states of ChoiceGrid. */
import type { IconName } from '../icon/paths';
import { defineStates, ignore, sample } from '../showcase/kit-state';
import { ChoiceGrid } from './ChoiceGrid';

const JOBS: { id: string; icon: IconName }[] = [
  { id: 'meals', icon: 'meal' },
  { id: 'activities', icon: 'calendar' },
  { id: 'about', icon: 'info' },
  { id: 'help', icon: 'help' },
  { id: 'subsidies', icon: 'coins' },
  { id: 'lessons', icon: 'smartphone' },
];

function grid(count: number) {
  const choices = JOBS.slice(0, count).map((j) => ({ ...j, label: sample(`job.${j.id}`) }));
  return <ChoiceGrid label={sample('chooseJob')} choices={choices} onChoose={ignore} />;
}

export const choiceGridStates = defineStates('ChoiceGrid', 'choice-grid', {
  'two-choices': () => grid(2),
  'four-choices': () => grid(4),
  'six-choices': () => grid(6),
  'with-sublabels': () => (
    <ChoiceGrid
      label={sample('chooseMeal')}
      onChoose={ignore}
      choices={[
        { id: 'a', icon: 'meal', label: sample('setMealA'), sublabel: sample('priceA') },
        { id: 'b', icon: 'meal', label: sample('setMealB'), sublabel: sample('priceB') },
      ]}
    />
  ),
});
