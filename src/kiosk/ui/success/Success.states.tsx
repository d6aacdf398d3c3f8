/** Named example states of Success. */
import { defineStates, ignore, sample } from '../showcase/kit-state';
import { Success } from './Success';

export const successStates = defineStates('Success', 'success', {
  booked: () => (
    <Success message={sample('successMessage')} detail={sample('successDetail')} onDone={ignore} />
  ),
  'message-only': () => <Success message={sample('successMessage')} />,
});
