/**
 * A session's sign-in list: who checked in, how (card at which kiosk, by the trainer, a guest),
 * who checked them in and when; the trainer checks in a member who forgot their card (found by
 * name only) or a walk-in guest (name and phone, one learner however often they come). The list
 * is read again every few seconds while open, so a card tapped at a kiosk appears by itself.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { type Attendee, ClassesApi, type ClassSession } from '../../shared/classes/api';
import { call } from '../api/client';
import { dateTime } from '../app/format';
import { href } from '../app/router';
import { TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { CapacityMark } from './CapacityMark';
import { lessonName, useLessons } from './classes-data';
import { CancelledNote, SessionChanges } from './SessionChanges';

type Detail = { session: ClassSession; attendees: Attendee[] };

/** How often the list is read again while open: a kiosk's card check-in shows within seconds. */
const REFRESH_MS = 3_000;

export function SessionPage({ id }: { id: string }) {
  const lessons = useLessons();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ id: string; name: string }[] | null>(null);
  const [guestName, setGuestName] = useState('');
  const [guestPhone, setGuestPhone] = useState('');

  useEffect(() => {
    let live = true;
    const load = () =>
      call(ClassesApi.session, { params: { id } }).then(
        (d) => live && setDetail(d),
        (e: unknown) => live && setError(e),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [id]);

  const find = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      setFound((await call(ClassesApi.picks, { query: { q: query } })).members);
    } catch (err) {
      setError(err);
    }
  };

  const checkIn = async (member: { id: string; name: string }) => {
    setError(null);
    try {
      const answer = await call(ClassesApi.checkin, {
        params: { id },
        body: { memberId: member.id },
      });
      setDetail(answer.detail);
      setNote(
        t(answer.added ? 'classesConsole.session.added' : 'classesConsole.session.already', {
          name: verbatim(member.name),
        }),
      );
    } catch (err) {
      setError(err);
    }
  };

  const addGuest = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      const answer = await call(ClassesApi.guest, {
        params: { id },
        body: { name: guestName, phone: guestPhone },
      });
      setDetail(answer.detail);
      setNote(
        t(answer.added ? 'classesConsole.session.added' : 'classesConsole.session.already', {
          name: verbatim(guestName),
        }),
      );
      setGuestName('');
      setGuestPhone('');
    } catch (err) {
      setError(err);
    }
  };

  const s = detail?.session;
  return (
    <>
      <p>
        <a href={href('classes')}>{t('classesConsole.session.back')}</a>
      </p>
      <div class="page-head">
        <h1 tabIndex={-1}>
          {s
            ? t('classesConsole.session.title', {
                date: verbatim(s.date),
                start: verbatim(s.start),
              })
            : t('classesConsole.list.title')}
        </h1>
      </div>
      {s && (
        <p>
          {s.lessonIds.map((l) => lessonName(lessons, l)).join('、')} ·{' '}
          {t('classesConsole.session.facts', {
            venue: verbatim(s.venue),
            trainer: verbatim(s.trainerName),
            kind: t(`classesConsole.kinds.${s.kind}`),
            capacity: s.capacity,
          })}
          <CapacityMark checkedIn={s.checkedIn} capacity={s.capacity} />
        </p>
      )}
      {s && <CancelledNote session={s} />}
      <ErrorNote error={error} />
      {note && <SuccessNote>{note}</SuccessNote>}
      {detail && detail.attendees.length === 0 && <p>{t('classesConsole.session.none')}</p>}
      {detail && detail.attendees.length > 0 && (
        <div class="table-wrap">
          <table class="table" data-table="attendees">
            <caption class="visually-hidden">{t('classesConsole.list.open')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('classesConsole.session.name')}</th>
                <th scope="col">{t('classesConsole.session.method')}</th>
                <th scope="col">{t('classesConsole.session.by')}</th>
                <th scope="col">{t('classesConsole.session.at')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.attendees.map((a) => (
                <tr key={a.learnerId} data-learner={a.learnerId}>
                  <th scope="row">
                    {verbatim(a.name)}
                    {a.guest && ` ${t('classesConsole.session.guest')}`}
                  </th>
                  <td>
                    {t(`classesConsole.methods.${a.method}`)}
                    {a.kiosk && ` · ${verbatim(a.kiosk)}`}
                  </td>
                  <td>{a.by ? verbatim(a.by) : ''}</td>
                  <td class="nowrap">{dateTime(a.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {/* A cancelled session takes no check-ins (the server refuses them): no forms to try. */}
      {!s?.cancelled && (
        <>
          <section class="class-form" aria-labelledby="by-hand">
            <h2 id="by-hand">{t('classesConsole.session.byHand')}</h2>
            <form class="class-form__row" onSubmit={(e) => void find(e)}>
              <TextField
                label={t('classesConsole.session.search')}
                type="search"
                value={query}
                onInput={setQuery}
              />
              <button type="submit" class="button">
                {t('classesConsole.session.find')}
              </button>
            </form>
            {found?.length === 0 && <p>{t('classesConsole.session.noMatch')}</p>}
            {found && found.length > 0 && (
              <ul class="class-picks">
                {found.map((m) => (
                  <li key={m.id}>
                    <button type="button" class="button" onClick={() => void checkIn(m)}>
                      {t('classesConsole.session.checkIn', { name: verbatim(m.name) })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section class="class-form" aria-labelledby="guest">
            <h2 id="guest">{t('classesConsole.session.guestTitle')}</h2>
            <form onSubmit={(e) => void addGuest(e)}>
              <div class="class-form__row">
                <TextField
                  label={t('classesConsole.session.guestName')}
                  value={guestName}
                  onInput={setGuestName}
                />
                <TextField
                  label={t('classesConsole.session.guestPhone')}
                  type="tel"
                  value={guestPhone}
                  onInput={setGuestPhone}
                />
              </div>
              <button type="submit" class="button">
                {t('classesConsole.session.guestAdd')}
              </button>
            </form>
          </section>
        </>
      )}
      {s && <SessionChanges key={s.id} session={s} onChanged={setDetail} />}
    </>
  );
}
