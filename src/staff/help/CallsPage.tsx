/**
 * Help calls (emergencies first, then calls for staff, each saying which it is): the ones still open or being handled (live, with their actions), then the
 * calls of a date range as a table — outcome, who acknowledged and resolved, how fast, the note.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { addDays } from '../../shared/centre/zoned';
import { HelpApi } from '../../shared/help/api';
import type { HelpCallView } from '../../shared/help/api-types';
import { call } from '../api/client';
import { dateTime } from '../app/format';
import { centreToday, isDay } from '../pages/meals/dates';
import { TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { ListTable } from '../ui/Pager';
import { fieldMessage, localInvalid } from '../ui/problems';
import { CallCard } from './CallCard';
import { CallKindIcon } from './CallKindIcon';
import { centreZone, loadHelpSettings } from './help-config';
import { duration, kioskPlace, memberName } from './help-format';
import { activeCalls, activeCallsError, callsVersion, urgencyFirst } from './help-live';

/** Seconds from one ISO time to another (null when either is missing). */
function secondsBetween(from: string, to: string | null): number | null {
  return to ? Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000) : null;
}

function RecentCalls() {
  const today = centreToday(centreZone());
  const [range, setRange] = useState({ from: addDays(today, -6), to: today });
  const [draft, setDraft] = useState(range);
  const [calls, setCalls] = useState<HelpCallView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const version = callsVersion.value;

  useEffect(() => {
    let current = true;
    call(HelpApi.calls, { query: range }).then(
      (answer) => {
        if (!current) return;
        setCalls(answer.calls);
        setError(null);
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [range.from, range.to, version]);

  function submit(event: Event) {
    event.preventDefault();
    const problems = [];
    if (!isDay(draft.from)) problems.push({ path: 'from', message: t('helpdesk.badDay') });
    if (!isDay(draft.to)) problems.push({ path: 'to', message: t('helpdesk.badDay') });
    if (problems.length === 0 && draft.from > draft.to)
      problems.push({ path: 'to', message: t('helpdesk.toBeforeFrom') });
    if (problems.length) {
      setError(localInvalid(problems));
      return;
    }
    setError(null);
    setRange({ ...draft });
  }

  return (
    <>
      <h2>{t('helpdesk.calls.recent')}</h2>
      <form class="filters" noValidate onSubmit={submit}>
        <TextField
          type="date"
          label={t('helpdesk.from')}
          value={draft.from}
          error={fieldMessage(error, 'from')}
          onInput={(from) => setDraft({ ...draft, from })}
        />
        <TextField
          type="date"
          label={t('helpdesk.to')}
          value={draft.to}
          error={fieldMessage(error, 'to')}
          onInput={(to) => setDraft({ ...draft, to })}
        />
        <div class="filters__buttons">
          <button type="submit" class="button button--primary">
            {t('helpdesk.show')}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      <ListTable
        items={calls}
        error={error}
        empty={t('helpdesk.calls.noneInRange')}
        columns={[
          t('helpdesk.calls.pressedAt'),
          t('helpdesk.calls.kind'),
          t('helpdesk.calls.kiosk'),
          t('helpdesk.calls.member'),
          t('helpdesk.calls.status'),
          t('helpdesk.calls.ackBy'),
          t('helpdesk.calls.resolvedBy'),
          t('helpdesk.calls.note'),
        ]}
        row={(c) => {
          const toAck = secondsBetween(c.receivedAt, c.ackAt);
          return (
            <tr key={c.id} data-call={c.id} data-status={c.status}>
              <th scope="row" class="nowrap">
                {dateTime(c.pressedAt)}
              </th>
              <td data-kind={c.kind}>
                <CallKindIcon kind={c.kind} /> {t(`helpdesk.kind.${c.kind}`)}
              </td>
              <td>{kioskPlace(c)}</td>
              <td>{memberName(c.member, c.memberChecked)}</td>
              <td>
                {t(`helpdesk.status.${c.status}`)}
                {c.escalatedAt && (
                  <span class="tag tag--escalated">{t('helpdesk.calls.escalatedTag')}</span>
                )}
              </td>
              <td>
                {c.ackBy && toAck !== null
                  ? t('helpdesk.calls.byAfter', {
                      name: verbatim(c.ackBy.name),
                      after: duration(toAck),
                    })
                  : t('helpdesk.none')}
              </td>
              <td>
                {c.resolvedBy && c.closedAt
                  ? t('helpdesk.calls.byAt', {
                      name: verbatim(c.resolvedBy.name),
                      at: dateTime(c.closedAt),
                    })
                  : t('helpdesk.none')}
              </td>
              <td class="details">{c.note ? verbatim(c.note) : t('helpdesk.none')}</td>
            </tr>
          );
        }}
      />
    </>
  );
}

export function CallsPage() {
  useEffect(() => {
    void loadHelpSettings();
  }, []);
  const active = Object.values(activeCalls.value).sort(
    (a, b) => urgencyFirst(a, b) || b.receivedAt.localeCompare(a.receivedAt),
  );
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('helpdesk.calls.title')}</h1>
      </div>
      <h2>{t('helpdesk.calls.active')}</h2>
      <ErrorNote error={activeCallsError.value} />
      {active.length === 0 ? (
        <p data-calls="none">{t('helpdesk.calls.noneActive')}</p>
      ) : (
        <div class="call-list">
          {active.map((c) => (
            <CallCard key={c.id} call={c} />
          ))}
        </div>
      )}
      <RecentCalls />
    </>
  );
}
