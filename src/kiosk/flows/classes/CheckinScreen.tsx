/**
 * Class check-in once the elder is known: the `class.checkin` entry is stored through the one
 * outbox (saving.ts) with the proof sealed at identification, and the screen says what is true —
 * checked in, noted and to be sent when the centre can be reached, or the server's reason — and
 * repeats which class, when and where.
 */
import './classes.css';
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t, verbatim } from '../../../i18n';
import { CLASS_CHECKIN } from '../../../shared/classes/sessions';
import { home, navigate } from '../../app/router';
import { finishTask, onSessionEnd } from '../../app/session';
import { Icon } from '../../ui';
import { identifiedMember } from '../identify/identify';
import { startClassMode } from '../lessons/class-mode';
import { chosenLesson } from '../lessons/lesson-data';
import { SavedScreen } from '../SavedScreen';
import { type SavedAction, saveAndWatch, store } from '../saving';
import { chosenClass, lessonOf } from './today';

const saved = signal<SavedAction<'checkin'> | null>(null);
onSessionEnd(() => {
  saved.value = null;
});

export function CheckinScreen() {
  const member = identifiedMember.value;
  const open = chosenClass.value;
  useEffect(() => {
    if (!member || !open) {
      home();
      return;
    }
    const sessionId = open.session.id;
    // Keyed by session and member: a second tap gives back the same entry, never a second one.
    void saveAndWatch(saved, 'classes', 'checkin', () =>
      store(
        CLASS_CHECKIN,
        `${sessionId}:${member.id}`,
        { memberId: member.id, sessionId },
        member.id,
      ),
    );
  }, [member, open]);
  if (!member || !open) return null;
  const { start, end, venue } = open.session;
  const lesson = lessonOf(open);
  return (
    <SavedScreen
      area="classes.saved"
      saved={saved.value}
      wait={(message) => (
        <p class="class-wait" role="status">
          <Icon name="clock" /> {message}
        </p>
      )}
      refused={{ label: t('classes.saved.finish'), onPress: finishTask }}
      onCallStaff={() => navigate('call-staff')}
      onward={{
        label: t('classes.saved.follow'),
        icon: 'smartphone',
        onPress: () => {
          // The class's first lesson, in class mode: the idle timeout waits for the class's end.
          startClassMode(open.session);
          chosenLesson.value = open.session.lessonIds[0] ?? null;
          navigate('lesson');
        },
      }}
      summary={{
        lines: [
          { label: t('classes.saved.lesson'), value: lesson },
          { label: t('classes.saved.time'), value: t('classes.saved.timeRange', { start, end }) },
          { label: t('classes.saved.venue'), value: verbatim(venue) },
        ],
        spoken: t('classes.saved.summarySpoken', { lesson, start, venue }),
      }}
    />
  );
}
