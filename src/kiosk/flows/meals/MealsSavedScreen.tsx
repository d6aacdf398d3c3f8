/**
 * After 是: what is true about the booking or cancellation, shown and spoken
 * (../SavedScreen.tsx): "订好了" only once the server accepted it, "已经记下了，联网后会自动送到食堂"
 * when it could not be reached, or the server's reason when it refused (told now, so
 * acknowledged with 知道了). A booking's screen repeats what, when, where, how much and how to
 * pay (saved-summary.ts), so the elder leaves knowing all of it.
 */
import './meals.css';
import { t } from '../../../i18n';
import { centreClock } from '../../../shared/centre/clock';
import { replace } from '../../app/router';
import { useConfig } from '../../app/state';
import { Icon } from '../../ui';
import { identifiedMember } from '../identify/identify';
import { SavedScreen } from '../SavedScreen';
import { lastBooked, lastSaved } from './draft';
import { acknowledge } from './save';
import { savedSummary } from './saved-summary';

export function MealsSavedScreen() {
  const saved = lastSaved.value;
  const member = identifiedMember.value;
  const config = useConfig();
  const booked = lastBooked.value;
  const today = centreClock(new Date(), config.centre.timeZone).date;
  const summary =
    saved?.action === 'book' && booked && config.meals
      ? savedSummary(config.meals, booked, today)
      : null;
  return (
    <SavedScreen
      area="meals.saved"
      saved={saved}
      summary={summary ?? undefined}
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
