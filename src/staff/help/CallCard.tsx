/**
 * One active call on the calls page: everything staff need to act (where, who, family, how late,
 * who is on it, escalation) and the actions: acknowledge, resolve with a note, or mark a false
 * alarm with its reason. Each answer updates the shared call list, so the alert follows.
 */
import { useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { HelpApi } from '../../shared/help/api';
import type { EscalationAttemptView, HelpCallView } from '../../shared/help/api-types';
import { call as callServer } from '../api/client';
import { dateTime } from '../app/format';
import { TextArea, TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { CallKindIcon } from './CallKindIcon';
import {
  duration,
  emergencyContact,
  escalationOutcome,
  kioskPlace,
  memberName,
} from './help-format';
import { acknowledgeCall, applyCall, refreshActiveCalls } from './help-live';

function Escalations({ callId }: { callId: string }) {
  const [attempts, setAttempts] = useState<EscalationAttemptView[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function load() {
    setError(null);
    try {
      const answer = await callServer(HelpApi.escalations, { params: { id: callId } });
      setAttempts(answer.attempts);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div class="call-card__escalations">
      <button type="button" class="button button--quiet" onClick={() => void load()}>
        {attempts ? t('helpdesk.calls.reloadAttempts') : t('helpdesk.calls.showAttempts')}
      </button>
      <ErrorNote error={error} />
      {attempts &&
        (attempts.length === 0 ? (
          <p>{t('helpdesk.calls.noAttempts')}</p>
        ) : (
          <table class="table" data-table="escalations">
            <caption class="visually-hidden">{t('helpdesk.calls.attempts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('helpdesk.calls.attempt')}</th>
                <th scope="col">{t('helpdesk.calls.attemptAt')}</th>
                <th scope="col">{t('helpdesk.calls.attemptResult')}</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.attempt} data-attempt={a.attempt}>
                  <th scope="row">{a.attempt}</th>
                  <td>{dateTime(a.at)}</td>
                  <td data-outcome={a.outcome}>{escalationOutcome(a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}

export function CallCard({ call }: { call: HelpCallView }) {
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);
  const member = call.member;
  const place = kioskPlace(call);

  async function act(action: () => Promise<void>) {
    setWorking(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
      void refreshActiveCalls();
    } finally {
      setWorking(false);
    }
  }

  const resolve = (body: { note?: string }) =>
    act(async () => {
      applyCall(await callServer(HelpApi.resolve, { params: { id: call.id }, body }));
    });
  const falseAlarm = (body: { reason: string }) =>
    act(async () => {
      applyCall(await callServer(HelpApi.falseAlarm, { params: { id: call.id }, body }));
    });

  function markFalseAlarm(event: Event) {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('helpdesk.calls.reasonNeeded'));
      return;
    }
    void falseAlarm({ reason: reason.trim() });
  }

  return (
    <article
      class={`call-card call-card--${call.kind}${call.escalatedAt ? ' call-card--escalated' : ''}`}
      data-call={call.id}
      data-kind={call.kind}
      data-status={call.status}
    >
      <h3>
        <span class="call-card__kind">
          <CallKindIcon kind={call.kind} /> {t(`helpdesk.kind.${call.kind}`)}
        </span>{' '}
        {place}{' '}
        <span class={`badge badge--call-${call.status}`}>
          {t(`helpdesk.status.${call.status}`)}
        </span>
      </h3>
      <dl class="facts call-card__facts">
        <div>
          <dt>{t('helpdesk.calls.member')}</dt>
          <dd>
            {memberName(member, call.memberChecked)}
            {member?.phone && ` ${verbatim(member.phone)}`}
          </dd>
        </div>
        {member && (
          <div>
            <dt>{t('helpdesk.calls.emergency')}</dt>
            <dd>{emergencyContact(member)}</dd>
          </div>
        )}
        {member?.address && (
          <div>
            <dt>{t('helpdesk.calls.address')}</dt>
            <dd>{verbatim(member.address)}</dd>
          </div>
        )}
        <div>
          <dt>{t('helpdesk.calls.pressedAt')}</dt>
          <dd>
            {dateTime(call.pressedAt)}
            {call.lateSeconds > 0 &&
              ` ${t('helpdesk.calls.arrivedLate', { late: duration(call.lateSeconds) })}`}
          </dd>
        </div>
        {call.presses > 1 && (
          <div>
            <dt>{t('helpdesk.calls.presses')}</dt>
            <dd>{call.presses}</dd>
          </div>
        )}
        <div>
          <dt>{t('helpdesk.calls.ackBy')}</dt>
          <dd>
            {call.ackBy && call.ackAt
              ? t('helpdesk.calls.byAt', {
                  name: verbatim(call.ackBy.name),
                  at: dateTime(call.ackAt),
                })
              : t('helpdesk.calls.nobodyYet')}
          </dd>
        </div>
        {call.escalatedAt && (
          <div>
            <dt>{t('helpdesk.calls.escalatedAt')}</dt>
            <dd>{dateTime(call.escalatedAt)}</dd>
          </div>
        )}
        {call.escalatedAt && (
          <div>
            <dt>{t('helpdesk.calls.escalationNow')}</dt>
            <dd data-escalation={call.lastEscalation?.outcome ?? 'trying'}>
              {escalationOutcome(call.lastEscalation)}
            </dd>
          </div>
        )}
      </dl>
      {call.escalatedAt && <Escalations callId={call.id} />}
      <ErrorNote error={error} />
      <div class="call-card__actions">
        {call.status === 'open' && (
          <button
            type="button"
            class="button button--primary"
            disabled={working}
            onClick={() => void act(() => acknowledgeCall(call.id))}
          >
            {t('helpdesk.alert.ack')}
          </button>
        )}
        <form
          class="call-card__form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void resolve(note.trim() ? { note: note.trim() } : {});
          }}
        >
          <TextArea label={t('helpdesk.calls.noteFor', { place })} value={note} onInput={setNote} />
          <button type="submit" class="button button--primary" disabled={working}>
            {t('helpdesk.calls.resolve')}
          </button>
        </form>
        <form class="call-card__form" noValidate onSubmit={markFalseAlarm}>
          <TextField
            label={t('helpdesk.calls.reasonFor', { place })}
            value={reason}
            onInput={setReason}
          />
          <button type="submit" class="button button--danger-quiet" disabled={working}>
            {t('helpdesk.calls.falseAlarm')}
          </button>
        </form>
      </div>
    </article>
  );
}
