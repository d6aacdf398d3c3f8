/** Named example states of Confirm. */
import { defineStates, ignore, sample } from '../showcase/kit-state';
import { Confirm } from './Confirm';

export const confirmStates = defineStates('Confirm', 'confirm', {
  booking: () => (
    <Confirm
      question={sample('confirmQuestion')}
      summary={[
        { label: sample('summaryWhat'), value: sample('setMealA') },
        { label: sample('summaryWhen'), value: sample('summaryWhenValue') },
        { label: sample('summaryPrice'), value: sample('priceA') },
      ]}
      onYes={ignore}
      onNo={ignore}
    />
  ),
});
