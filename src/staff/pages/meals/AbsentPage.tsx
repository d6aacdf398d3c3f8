/**
 * 平安签到 (staff, admin): members living alone who usually come to lunch and have neither booked
 * nor come by the configured time, with their phone, address and emergency contact, and a way
 * to record the follow-up (reached them / visited / no answer, with a note). Empty before the
 * check time, and says when it fills. Live: a kiosk's push re-reads the list (a booking takes a
 * member off it), and the list fills by itself at the check time.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../../i18n';
import { hrefOf } from '../../../shared/api/contract';
import type { MealsConfig } from '../../../shared/config/meals';
import type {
  AbsenceAnswer,
  AbsenceCheck,
  AbsenceOutcome,
  AbsentLine,
} from '../../../shared/meals/absence';
import { MealsApi } from '../../../shared/meals/api';
import { call } from '../../api/client';
import { dateTime } from '../../app/format';
import { lastPush, streamState } from '../../live/live';
import { TextField } from '../../ui/Field';
import { ErrorNote } from '../../ui/Notice';
import { CanteenGate } from './CanteenGate';
import { sittingName } from './canteen';
import { centreToday, isDay } from './dates';

const OUTCOMES: readonly AbsenceOutcome[] = ['reached', 'visited', 'no-answer'];

/** The longest a browser timer may wait (about 24 days); longer waits fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function AbsentPage() {
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('kitchen.absent.title')}</h1>
      </div>
      <CanteenGate>{(meals, timeZone) => <Absent meals={meals} timeZone={timeZone} />}</CanteenGate>
    </>
  );
}

function Absent({ meals, timeZone }: { meals: MealsConfig; timeZone: string }) {
  const [day, setDay] = useState(() => centreToday(timeZone));
  const [typed, setTyped] = useState(day);
  const [answer, setAnswer] = useState<AbsenceAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const push = lastPush.value;
  const live = streamState.value;

  // Read again on every kiosk push and on (re)connecting: a booking takes a member off the list.
  useEffect(() => {
    let current = true;
    call(MealsApi.absent, { query: { day } }).then(
      (a) => {
        if (!current) return;
        setAnswer(a.absence);
        setError(null);
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [day, push, live === 'open', tick]);

  // Waiting for the check time: read again just after it, so the list fills without a reload.
  const fillsAt = answer?.state === 'waiting' ? answer.fillsAt : null;
  useEffect(() => {
    if (!fillsAt) return;
    const wait = Date.parse(fillsAt) - Date.now() + 1000;
    if (wait > MAX_TIMER_MS) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.max(wait, 0));
    return () => clearTimeout(timer);
  }, [fillsAt]);

  function chooseDay(value: string) {
    setTyped(value);
    if (!isDay(value) || value === day) return; // A half-typed date: wait for the whole of it.
    setAnswer(null);
    setDay(value);
  }

  function checked(memberId: string, check: AbsenceCheck) {
    setAnswer((a) =>
      a?.state === 'open'
        ? {
            ...a,
            members: a.members.map((m) =>
              m.memberId === memberId ? { ...m, checks: [...m.checks, check] } : m,
            ),
          }
        : a,
    );
  }

  return (
    <>
      <div class="actions no-print">
        <a
          class="button"
          href={hrefOf(MealsApi.absent, { query: { day, format: 'csv' } })}
          download
        >
          {t('console.common.exportCsv')}
        </a>
      </div>
      <form class="filters no-print" onSubmit={(e) => e.preventDefault()}>
        <TextField type="date" label={t('kitchen.absent.day')} value={typed} onInput={chooseDay} />
      </form>
      <p class={`live live--inline live--${live} no-print`} role="status">
        {live === 'reconnecting' ? t('kitchen.absent.reconnecting') : t('kitchen.absent.live')}
      </p>
      <ErrorNote error={error} />
      {!answer ? (
        !error && <p>{t('console.common.loading')}</p>
      ) : (
        <Answer answer={answer} meals={meals} onChecked={checked} />
      )}
    </>
  );
}

function Answer({
  answer,
  meals,
  onChecked,
}: {
  answer: AbsenceAnswer;
  meals: MealsConfig;
  onChecked: (memberId: string, check: AbsenceCheck) => void;
}) {
  if (answer.state === 'off') return <p class="notice notice--info">{t('kitchen.absent.off')}</p>;
  const sitting = sittingName(meals, answer.sitting);
  const settings = meals.absence;
  const words = {
    day: verbatim(answer.day),
    time: verbatim(answer.checkAt),
    sitting,
  };
  return (
    <>
      {settings && (
        <p>
          {t('kitchen.absent.who', {
            sitting,
            time: verbatim(answer.checkAt),
            days: settings.lookbackDays,
            count: settings.usualMeals,
          })}
        </p>
      )}
      {answer.state === 'waiting' ? (
        <p class="notice notice--info" data-absence="waiting">
          {t('kitchen.absent.waiting', words)}
        </p>
      ) : answer.state === 'not-served' ? (
        <p class="notice notice--info" data-absence="not-served">
          {t('kitchen.absent.notServed', words)}
        </p>
      ) : answer.members.length === 0 ? (
        <p class="notice notice--success" data-absence="none">
          {t('kitchen.absent.none', words)}
        </p>
      ) : (
        <section aria-labelledby="absent-list">
          <h2 id="absent-list">
            {t('kitchen.absent.listed', { ...words, count: answer.members.length })}
          </h2>
          <div class="table-wrap">
            <table class="table table--absent">
              <thead>
                <tr>
                  <th scope="col">{t('members.field.name')}</th>
                  <th scope="col">{t('kitchen.absent.reach')}</th>
                  <th scope="col">{t('kitchen.absent.emergency')}</th>
                  <th scope="col">{t('kitchen.absent.usual')}</th>
                  <th scope="col">{t('kitchen.absent.followUp')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.members.map((m) => (
                  <Line
                    key={m.memberId}
                    line={m}
                    day={answer.day}
                    sitting={sitting}
                    onChecked={onChecked}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}

function Line({
  line,
  day,
  sitting,
  onChecked,
}: {
  line: AbsentLine;
  day: string;
  sitting: string;
  onChecked: (memberId: string, check: AbsenceCheck) => void;
}) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = verbatim(line.name);

  async function record(outcome: AbsenceOutcome) {
    setBusy(true);
    setError(null);
    try {
      const answer = await call(MealsApi.absenceCheck, {
        body: { memberId: line.memberId, day, outcome, note: note.trim() || null },
      });
      onChecked(line.memberId, answer.check);
      setNote('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr data-member={line.memberId}>
      <th scope="row">
        {name}
        <br />
        <span class="mono">{verbatim(line.cardNumber)}</span>
      </th>
      <td>
        {line.phone ? (
          <a href={`tel:${line.phone}`} class="nowrap">
            {verbatim(line.phone)}
          </a>
        ) : (
          t('kitchen.absent.noPhone')
        )}
        <br />
        {line.address ? verbatim(line.address) : t('kitchen.absent.noAddress')}
      </td>
      <td>
        {line.emergencyName || line.emergencyPhone ? (
          <>
            {t('kitchen.absent.emergencyWho', {
              name: verbatim(line.emergencyName ?? ''),
              relation: verbatim(line.emergencyRelation ?? ''),
            })}
            <br />
            {line.emergencyPhone && (
              <a href={`tel:${line.emergencyPhone}`} class="nowrap">
                {verbatim(line.emergencyPhone)}
              </a>
            )}
          </>
        ) : (
          t('kitchen.absent.noEmergency')
        )}
      </td>
      <td>
        {t('kitchen.absent.usualCount', {
          count: line.usualCount,
          sitting,
          last: verbatim(line.lastMeal),
        })}
      </td>
      <td>
        {line.checks.length > 0 && (
          <ul class="absent-checks">
            {line.checks.map((c) => (
              <li key={c.id} data-outcome={c.outcome}>
                {t('kitchen.absent.checkedBy', {
                  outcome: t(`kitchen.absent.outcome.${c.outcome}`),
                  by: verbatim(c.by),
                  at: dateTime(c.at),
                })}
                {c.note && (
                  <>
                    <br />
                    {verbatim(c.note)}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <TextField
          label={t('kitchen.absent.noteFor', { name: line.name })}
          value={note}
          onInput={setNote}
        />
        <div class="actions actions--row">
          {OUTCOMES.map((o) => (
            <button
              key={o}
              type="button"
              class={`button${o === 'no-answer' ? ' button--quiet' : ' button--primary'}`}
              disabled={busy}
              aria-label={t(`kitchen.absent.markFor.${o}`, { name: line.name })}
              onClick={() => void record(o)}
            >
              {t(`kitchen.absent.outcome.${o}`)}
            </button>
          ))}
        </div>
        <ErrorNote error={error} />
      </td>
    </tr>
  );
}
