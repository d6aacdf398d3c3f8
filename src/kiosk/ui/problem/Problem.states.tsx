/** Named example states of Problem. */
import { defineStates, ignore, sample } from '../showcase/kit-state';
import { Problem } from './Problem';

export const problemStates = defineStates('Problem', 'problem', {
  offline: () => (
    <Problem
      what={sample('problemWhat')}
      next={sample('problemNext')}
      action={{ label: sample('tryAgain'), onPress: ignore, icon: 'refresh' }}
    />
  ),
  'no-action': () => <Problem what={sample('problemWhat')} next={sample('problemNext')} />,
});
