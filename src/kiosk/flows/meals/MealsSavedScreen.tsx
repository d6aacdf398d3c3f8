/**
 * After 是: what is true about the booking or cancellation, shown and spoken
 * (../SavedScreen.tsx): "订好了" only once the server accepted it, "已经记下了，联网后会自动送到食堂"
 * when it could not be reached, or the server's reason when it refused (told now, so
 * acknowledged with 知道了).
 */
import './meals.css';
import { t } from '../../../i18n';
import { replace } from '../../app/router';
import { Icon } from '../../ui';
import { identifiedMember } from '../identify/identify';
import { SavedScreen } from '../SavedScreen';
import { lastSaved } from './draft';
import { acknowledge } from './save';

export function MealsSavedScreen() {
  const saved = lastSaved.value;
  const member = identifiedMember.value;
  return (
    <SavedScreen
      area="meals.saved"
      saved={saved}
      wait={(message) => (
        <section class="meals-wait" role="status">
          <span class="meals-wait__icon">
            <Icon name="clock" />
          </span>
          <h2 class="meals-wait__message">{message}</h2>
        </section>
      )}
      onMine={() => replace('meals-mine')}
      refused={{
        label: t('meals.notice.ok'),
        onPress: () => {
          const id = saved?.entryId;
          // Told here and now: the next identification need not tell it again.
          if (member && id && saved?.action === 'book')
            void acknowledge(member.id, [{ id, localOnly: true }]).catch(() => undefined);
          replace('meals');
        },
      }}
      onCallStaff={() => replace('call-staff')}
    />
  );
}
