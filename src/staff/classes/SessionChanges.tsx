/**
 * A session's changes on its sign-in page (the forms below the check-ins, which are the trainer's
 * main job in class; the cancelled line near the top): its lessons, date, time, venue and places; cancelling
 * it with a reason (it then leaves the kiosks and the report, and the page says why); and
 * deleting it while nobody has checked in (with check-ins the server refuses: cancel instead).
 */
import { useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import type { Attendee, ClassSession } from '../../shared/classes/api';
import { SessionChangesApi } from '../../shared/classes/session-changes-api';
import { call } from '../api/client';
import { go } from '../app/router';
import { TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { useLessons } from './classes-data';
import { SessionFields, useSessionFields } from './SessionFields';
import './class-records.css';

type Detail = { session: ClassSession; attendees: Attendee[] };

/** Why the session was cancelled, said where its facts are; nothing for one still on. */
export function CancelledNote({ session: s }: { session: ClassSession }) {
  return s.cancelled ? (
    <p class="class-cancelled" role="status">
      {t('classRecords.edit.cancelled', { reason: verbatim(s.cancelled.reason) })}
    </p>
  ) : null;
}

export function SessionChanges({
  session: s,
  onChanged,
}: {
  session: ClassSession;
  onChanged: (detail: Detail) => void;
}) {
  const lessons = useLessons();
  const fields = useSessionFields({
    lessonIds: s.lessonIds,
    date: s.date,
    start: s.start,
    end: s.end,
  });
  const [venue, setVenue] = useState(s.venue);
  const [capacity, setCapacity] = useState(String(s.capacity));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  if (s.cancelled) return null;

  const attempt = async (act: () => Promise<void>) => {
    setError(null);
    setSaved(false);
    try {
      await act();
    } catch (err) {
      setError(err);
    }
  };
  const save = (e: Event) => {
    e.preventDefault();
    void attempt(async () => {
      onChanged(
        await call(SessionChangesApi.edit, {
          params: { id: s.id },
          body: { ...fields.value, venue, capacity: Number(capacity) },
        }),
      );
      setSaved(true);
    });
  };
  const cancel = (e: Event) => {
    e.preventDefault();
    void attempt(async () =>
      onChanged(await call(SessionChangesApi.cancel, { params: { id: s.id }, body: { reason } })),
    );
  };
  const remove = () =>
    void attempt(async () => {
      await call(SessionChangesApi.remove, { params: { id: s.id } });
      go('classes');
    });

  return (
    <div class="class-changes">
      <ErrorNote error={error} />
      <section class="class-form" aria-labelledby="session-edit">
        <h2 id="session-edit">{t('classRecords.edit.title')}</h2>
        <form onSubmit={save}>
          <SessionFields lessons={lessons} fields={fields} />
          <div class="class-form__row">
            <TextField label={t('classesConsole.form.venue')} value={venue} onInput={setVenue} />
            <TextField
              label={t('classesConsole.form.capacity')}
              value={capacity}
              onInput={setCapacity}
              inputMode="numeric"
            />
          </div>
          {saved && <SuccessNote>{t('classRecords.edit.saved')}</SuccessNote>}
          <button type="submit" class="button button--primary">
            {t('classRecords.edit.save')}
          </button>
        </form>
      </section>
      <section class="class-form" aria-labelledby="session-cancel">
        <h2 id="session-cancel">{t('classRecords.edit.cancelTitle')}</h2>
        <form onSubmit={cancel}>
          <TextField label={t('classRecords.edit.reason')} value={reason} onInput={setReason} />
          <button type="submit" class="button">
            {t('classRecords.edit.cancel')}
          </button>
        </form>
      </section>
      {s.checkedIn === 0 && (
        <section class="class-form" aria-labelledby="session-delete">
          <h2 id="session-delete">{t('classRecords.edit.deleteTitle')}</h2>
          <p>{t('classRecords.edit.deleteNote')}</p>
          <button type="button" class="button button--danger" onClick={remove}>
            {t('classRecords.edit.delete')}
          </button>
        </section>
      )}
    </div>
  );
}
