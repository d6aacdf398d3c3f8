/** Named example states of Dialog. */
import { BigButton } from '../big-button/BigButton';
import { defineStates, ignore, sample } from '../showcase/kit-state';
import { Dialog } from './Dialog';

export const dialogStates = defineStates('Dialog', 'dialog', {
  'idle-warning': () => (
    <Dialog title={sample('idleTitle')} message={sample('idleMessage', { count: 20 })}>
      <BigButton icon="clock" label={sample('moreTime')} onPress={ignore} />
    </Dialog>
  ),
});
