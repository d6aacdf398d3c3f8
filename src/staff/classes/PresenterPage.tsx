/**
 * The presenter screen (issue #15 item 3), meant for the room's TV or projector: the class's
 * lesson one step at a time, large, on the kiosk's own simulated phone (Phone.tsx, drawn with the
 * same data and styles), driven by the trainer — previous, next, show the arrow —, and beside it
 * the kiosks in the class as seats: each by the kiosk's name and place (never the learner's, on a
 * screen the whole room sees), its step and hint level, lit when it needs a volunteer. The light
 * clears when the learner moves on or the trainer marks it. Seats come live through the console's
 * event stream (`class.seat`); the page re-reads them when the stream (re)opens. With no kiosk in
 * the class the whole class follows the big screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { localText, t, verbatim } from '../../i18n';
import { fetchLesson } from '../../kiosk/flows/lessons/lesson-data';
import { Phone } from '../../kiosk/flows/lessons/Phone';
import { centreClock } from '../../shared/centre/clock';
import { ClassesApi, type ClassSession } from '../../shared/classes/api';
import {
  type ClassSeat,
  NEEDS_VOLUNTEER_LEVEL,
  type Presenter,
  PresenterApi,
} from '../../shared/classes/presenter';
import type { Lesson } from '../../shared/lessons/schema';
import { call } from '../api/client';
import { href } from '../app/router';
import { classSeat, serverNow, streamState } from '../live/live';
import { ErrorNote } from '../ui/Notice';
import { lessonName, useCentre, useLessons } from './classes-data';
import './presenter.css';

export function PresenterPage({ rest }: { rest: string | null }) {
  return rest ? <PresenterScreen id={rest} /> : <TodaysClasses />;
}

/** Today's classes (the centre's day), each opening its presenter screen. */
function TodaysClasses() {
  const lessons = useLessons();
  const centre = useCentre();
  const [sessions, setSessions] = useState<ClassSession[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const today = centreClock(new Date(serverNow.value), centre?.timeZone ?? 'Asia/Shanghai').date;
  useEffect(() => {
    let live = true;
    call(ClassesApi.sessions, { query: { from: today, to: today } }).then(
      (answer) => live && setSessions(answer.sessions),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [today]);
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('presenter.pick.title')}</h1>
      </div>
      <p>{t('presenter.pick.lead')}</p>
      {error ? <ErrorNote error={error} /> : null}
      {sessions === null && !error && <p>{t('presenter.pick.loading')}</p>}
      {sessions?.length === 0 && <p>{t('presenter.pick.none')}</p>}
      {sessions && sessions.length > 0 && (
        <ul class="presenter-pick">
          {sessions.map((s) => (
            <li key={s.id}>
              <a class="button" href={href('class-present', s.id)}>
                {t('presenter.pick.open', {
                  start: s.start,
                  end: s.end,
                  lesson: s.lessonIds.map((id) => lessonName(lessons, id)).join('、'),
                  venue: verbatim(s.venue),
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

/** The seats with `seat` laid over (a newer word from the same kiosk replaces its old one). */
function withSeat(seats: readonly ClassSeat[], seat: ClassSeat): ClassSeat[] {
  const others = seats.filter((s) => s.kioskId !== seat.kioskId);
  const old = seats.find((s) => s.kioskId === seat.kioskId);
  if (old && old.at > seat.at) return [...seats];
  return [...others, seat].sort(
    (a, b) =>
      (a.place ?? '').localeCompare(b.place ?? '') ||
      a.kiosk.localeCompare(b.kiosk) ||
      a.kioskId.localeCompare(b.kioskId),
  );
}

function PresenterScreen({ id }: { id: string }) {
  const [presenter, setPresenter] = useState<Presenter | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [lessonAt, setLessonAt] = useState(0);
  const [step, setStep] = useState(0);
  const [arrow, setArrow] = useState(false);
  const [lesson, setLesson] = useState<Loaded<Lesson>>({ state: 'loading' });
  const lessons = useLessons();
  const open = streamState.value === 'open';
  const self = useRef<HTMLDivElement>(null);

  // The seats as they stand, read on opening and again whenever the stream (re)opens, so a seat
  // that moved while this screen was away is never missed; events keep them current meanwhile.
  useEffect(() => {
    let live = true;
    call(PresenterApi.read, { params: { id } }).then(
      (answer) => {
        if (!live) return;
        setPresenter(answer);
        setError(null);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [id, open]);

  const heard = classSeat.value;
  useEffect(() => {
    if (!heard || heard.sessionId !== id) return;
    setPresenter((p) => (p ? { ...p, seats: withSeat(p.seats, heard) } : p));
  }, [heard, id]);

  const lessonId = presenter?.session.lessonIds[lessonAt];
  useEffect(() => {
    if (!lessonId) return;
    let live = true;
    setLesson({ state: 'loading' });
    fetchLesson(lessonId).then(
      (value) => live && setLesson({ state: 'ready', value }),
      () => live && setLesson({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [lessonId]);

  if (!presenter)
    return (
      <>
        <h1 tabIndex={-1}>{t('presenter.pick.title')}</h1>
        {error ? <ErrorNote error={error} /> : <p>{t('presenter.pick.loading')}</p>}
      </>
    );
  const ids = presenter.session.lessonIds;
  const value = lesson.state === 'ready' ? lesson.value : null;
  const current = value?.steps[step];
  const goTo = (n: number) => {
    setStep(n);
    setArrow(false);
  };
  const toLesson = (n: number) => {
    setLessonAt(n);
    goTo(0);
  };
  const handled = async (seat: ClassSeat) => {
    try {
      const answer = await call(PresenterApi.handled, {
        params: { id, kioskId: seat.kioskId },
      });
      setPresenter((p) => (p ? { ...p, seats: withSeat(p.seats, answer.seat) } : p));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div class="presenter" ref={self}>
      <div class="presenter__head">
        <h1 tabIndex={-1}>
          {value ? localText(value.title) : lessonName(lessons, lessonId ?? '')}
        </h1>
        <p class="presenter__where">
          {ids.length > 1 &&
            `${t('presenter.screen.lessonOf', { n: lessonAt + 1, total: ids.length })}　`}
          {presenter.session.start}–{presenter.session.end}　{verbatim(presenter.session.venue)}
        </p>
        {/* On the room's TV: this screen alone, without the console's menu (Esc leaves). */}
        <button
          type="button"
          class="button"
          onClick={() => void self.current?.requestFullscreen?.().catch(() => undefined)}
        >
          {t('presenter.screen.fullscreen')}
        </button>
        <a class="button button--quiet" href={href('class-present')}>
          {t('presenter.screen.back')}
        </a>
      </div>
      {error ? <ErrorNote error={error} /> : null}
      <div class="presenter__body">
        <section class="presenter__lesson" aria-labelledby="presenter-step">
          {lesson.state === 'loading' && <p>{t('presenter.screen.loading')}</p>}
          {lesson.state === 'failed' && <p role="alert">{t('presenter.screen.failed')}</p>}
          {value && current && (
            <>
              <div class="presenter__words">
                <p class="presenter__counter" id="presenter-step">
                  {t('presenter.screen.step', { n: step + 1, total: value.steps.length })}
                </p>
                <p class="presenter__instruction" aria-live="polite">
                  {localText(current.words)}
                </p>
                {step === value.steps.length - 1 && (
                  <p class="presenter__practice">
                    {t('presenter.screen.practice', { task: localText(value.practice.task) })}
                  </p>
                )}
              </div>
              <div class="presenter__phone">
                <Phone
                  key={`${lessonId}:${step}`}
                  screen={current.screen}
                  target={current.target}
                  gesture={current.gesture ?? 'tap'}
                  dropOn={current.dropOn}
                  level={arrow ? 2 : 0}
                  plainTap
                  replaying={false}
                  // The trainer may do the step on the big phone too: it goes on, as a learner's would.
                  onDone={() => step + 1 < value.steps.length && goTo(step + 1)}
                  onMiss={() => undefined}
                />
              </div>
            </>
          )}
          <div class="presenter__controls">
            <button
              type="button"
              class="button"
              disabled={step === 0}
              onClick={() => goTo(step - 1)}
            >
              {t('presenter.screen.previous')}
            </button>
            <button
              type="button"
              class="button"
              aria-pressed={arrow}
              disabled={!current}
              onClick={() => setArrow(!arrow)}
            >
              {t('presenter.screen.arrow')}
            </button>
            <button
              type="button"
              class="button button--primary"
              disabled={!value || step + 1 >= value.steps.length}
              onClick={() => goTo(step + 1)}
            >
              {t('presenter.screen.next')}
            </button>
            {ids.length > 1 && (
              <>
                <button
                  type="button"
                  class="button button--quiet"
                  disabled={lessonAt === 0}
                  onClick={() => toLesson(lessonAt - 1)}
                >
                  {t('presenter.screen.previousLesson')}
                </button>
                <button
                  type="button"
                  class="button button--quiet"
                  disabled={lessonAt + 1 >= ids.length}
                  onClick={() => toLesson(lessonAt + 1)}
                >
                  {t('presenter.screen.nextLesson')}
                </button>
              </>
            )}
          </div>
        </section>
        <Seats
          seats={presenter.seats}
          lessonId={lessonId ?? ''}
          lessons={lessons}
          live={open}
          onHandled={(seat) => void handled(seat)}
        />
      </div>
    </div>
  );
}

function levelWords(level: number): string {
  if (level >= NEEDS_VOLUNTEER_LEVEL) return t('presenter.seats.level.l3');
  if (level === 2) return t('presenter.seats.level.l2');
  if (level === 1) return t('presenter.seats.level.l1');
  return t('presenter.seats.level.l0');
}

function Seats({
  seats,
  lessonId,
  lessons,
  live,
  onHandled,
}: {
  seats: readonly ClassSeat[];
  lessonId: string;
  lessons: Parameters<typeof lessonName>[0];
  live: boolean;
  onHandled: (seat: ClassSeat) => void;
}) {
  return (
    <section class="presenter__seats" aria-labelledby="presenter-seats">
      <h2 id="presenter-seats">{t('presenter.seats.title')}</h2>
      {!live && (
        <p class="presenter__stale" role="status">
          {t('presenter.seats.live')}
        </p>
      )}
      {seats.length === 0 ? (
        <p>{t('presenter.seats.none')}</p>
      ) : (
        <ul class="seat-list">
          {seats.map((seat) => (
            <li
              key={seat.kioskId}
              class={seat.needsVolunteer ? 'seat seat--lit' : 'seat'}
              data-kiosk={seat.kioskId}
            >
              <p class="seat__name">
                {verbatim(seat.kiosk)}
                {seat.place && <span class="seat__place">{verbatim(seat.place)}</span>}
              </p>
              {seat.lessonId !== lessonId && (
                <p>
                  {t('presenter.seats.otherLesson', { lesson: lessonName(lessons, seat.lessonId) })}
                </p>
              )}
              <p class="seat__step">
                {t('presenter.seats.at', {
                  n: Math.min(seat.step + 1, seat.steps),
                  total: seat.steps,
                })}
              </p>
              <p>{levelWords(seat.level)}</p>
              {seat.needsVolunteer && (
                <div class="seat__help">
                  <p class="seat__needs" role="status">
                    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                      <path d="M12 3l10 18H2z" />
                    </svg>
                    {t('presenter.seats.needs')}
                  </p>
                  <button
                    type="button"
                    class="button"
                    aria-label={t('presenter.seats.handledSaid', { seat: verbatim(seat.kiosk) })}
                    onClick={() => onHandled(seat)}
                  >
                    {t('presenter.seats.handled')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
