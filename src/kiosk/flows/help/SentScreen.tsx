/**
 * After 是: what is true about the request or cancellation, shown and said (../SavedScreen.tsx):
 * "sent" only once the server accepted it, "saved, will be sent" when it could not be reached,
 * or the server's reason when it refused.
 */
import './help.css';
import { t } from '../../../i18n';
import { navigate, replace } from '../../app/router';
import { finishTask } from '../../app/session';
import { Icon } from '../../ui';
import { identifiedMember } from '../identify/identify';
import { SavedScreen } from '../SavedScreen';
import { lastSaved } from './draft';

export function SentScreen() {
  // An anonymous complaint has nobody's "my requests" to show.
  const member = identifiedMember.value;
  return (
    <SavedScreen
      area="help.sent"
      saved={lastSaved.value}
      wait={(message) => (
        <p class="help-hint" role="status">
          <Icon name="clock" /> {message}
        </p>
      )}
      onMine={member ? () => replace('help-mine') : undefined}
      // Told and acknowledged: this request is finished with too.
      refused={{ label: t('help.sent.ok'), onPress: finishTask }}
      onCallStaff={() => navigate('call-staff')}
    />
  );
}
