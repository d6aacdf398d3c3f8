/** The only pop-up the kiosk has: "Are you still there?", with one big button for more time. */
import { t } from '../../i18n';
import { BigButton } from '../ui/big-button/BigButton';
import { Dialog } from '../ui/dialog/Dialog';
import type { IdleTimer } from './idle';

export function IdleWarning({ idle }: { idle: IdleTimer }) {
  if (idle.phase.value !== 'warning') return null;
  return (
    <Dialog
      title={t('shell.idle.title')}
      message={t('shell.idle.message', { count: idle.secondsLeft.value })}
    >
      <BigButton
        id="idle-more-time"
        icon="clock"
        label={t('shell.idle.more')}
        variant="primary"
        size="primary"
        onPress={() => idle.touch()}
      />
    </Dialog>
  );
}
