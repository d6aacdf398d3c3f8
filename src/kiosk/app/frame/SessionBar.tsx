/**
 * Whose session it is, and one big "我用完了" that ends it: shown on every screen while someone is
 * known by their card, so the elder can see they are still "signed in" and leave cleanly, and the
 * next person sees at once that the kiosk is still someone else's.
 */
import { t } from '../../../i18n';
import { BigButton } from '../../ui/big-button/BigButton';
import { Icon } from '../../ui/icon/Icon';
import { endSession } from '../session';

export function SessionBar({ name }: { name: string }) {
  return (
    <div class="session-bar" data-testid="session-bar">
      <p class="session-bar__who">
        <Icon name="user" />
        <span>{t('shell.session.using', { name })}</span>
      </p>
      <BigButton
        id="session-done"
        icon="check"
        label={t('shell.session.done')}
        variant="secondary"
        size="secondary"
        onPress={endSession}
      />
    </div>
  );
}
