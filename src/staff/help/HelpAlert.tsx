/**
 * The help alert above every console page: one full-width panel per call nobody has
 * acknowledged, with where the kiosk is, who pressed (when they had identified) and how to reach
 * their family, how late the call arrived, and a big "I'm on it". An emergency rings until every
 * emergency is acknowledged (by anyone) and turns red once the call has been escalated. A call for
 * staff (呼叫工作人员: "请到大厅 1 来一下") is listed after the emergencies, in its own words and
 * sign, and rings nothing. Every role is told; phones and the emergency contact are shown only to
 * `members.contacts` (the server does not send them to anyone else).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { HelpCallView } from '../../shared/help/api-types';
import { allowed } from '../app/access';
import { errorText } from '../app/format';
import { ringing, soundState, startAlarm, stopAlarm, unlockSound } from './alarm';
import { CallKindIcon } from './CallKindIcon';
import { ConnectionBanner } from './ConnectionBanner';
import {
  clockTime,
  duration,
  emergencyContact,
  escalationAlert,
  kioskPlace,
  LATE_AFTER_SECONDS,
  memberName,
} from './help-format';
import {
  acknowledgeCall,
  refreshActiveCalls,
  unacknowledged,
  unacknowledgedEmergencies,
} from './help-live';

/** The bar that asks for a click while the browser keeps the alert sound off. */
export function SoundBar() {
  const state = soundState.value;
  if (state === 'on') return null;
  if (state === 'unsupported')
    return (
      <p class="sound-bar" role="status">
        {t('helpdesk.sound.unsupported')}
      </p>
    );
  return (
    <div class="sound-bar" role="status">
      <button type="button" class="button button--primary" onClick={() => void unlockSound()}>
        {t('helpdesk.sound.turnOn')}
      </button>
      <span>{t('helpdesk.sound.why')}</span>
    </div>
  );
}

function CallAlert({ call }: { call: HelpCallView }) {
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingId = `help-alert-${call.id}`;
  const escalated = Boolean(call.escalatedAt);
  const staffCall = call.kind === 'staff';
  const member = call.member;
  const contacts = allowed('members.contacts');

  async function acknowledge() {
    setWorking(true);
    setError(null);
    try {
      await acknowledgeCall(call.id);
    } catch (e) {
      // Someone else may have been quicker: the fresh list says so, or the error stays.
      setError(e);
      void refreshActiveCalls();
    } finally {
      setWorking(false);
    }
  }

  return (
    <article
      class={`help-alert help-alert--${call.kind}${escalated ? ' help-alert--escalated' : ''}`}
      data-call={call.id}
      data-kind={call.kind}
      data-escalated={escalated ? 'true' : 'false'}
      aria-labelledby={headingId}
    >
      <div class="help-alert__text">
        <h2 id={headingId} class="help-alert__title">
          <CallKindIcon kind={call.kind} />{' '}
          {staffCall
            ? t('helpdesk.alert.staffTitle', { place: kioskPlace(call) })
            : t(escalated ? 'helpdesk.alert.titleEscalated' : 'helpdesk.alert.title', {
                place: kioskPlace(call),
              })}
        </h2>
        {escalated && (
          <p
            class="help-alert__escalated"
            data-escalation={call.lastEscalation?.outcome ?? 'trying'}
          >
            {escalationAlert(call.lastEscalation)}
          </p>
        )}
        <p>
          {!member
            ? t(staffCall ? 'helpdesk.alert.staffNobody' : 'helpdesk.alert.nobody')
            : contacts
              ? t('helpdesk.alert.who', {
                  name: memberName(member, call.memberChecked),
                  phone: member.phone ?? t('helpdesk.member.noPhone'),
                })
              : t('helpdesk.alert.whoName', { name: memberName(member, call.memberChecked) })}
        </p>
        {member && contacts && (
          <p>{t('helpdesk.alert.family', { contact: emergencyContact(member) })}</p>
        )}
        <p>
          {call.lateSeconds >= LATE_AFTER_SECONDS
            ? t('helpdesk.alert.pressedLate', {
                time: clockTime(call.pressedAt),
                late: duration(call.lateSeconds),
              })
            : t('helpdesk.alert.pressed', { time: clockTime(call.pressedAt) })}
          {call.presses > 1 && ` ${t('helpdesk.alert.presses', { count: call.presses })}`}
        </p>
        {error ? (
          <p class="help-alert__error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        class="button help-alert__ack"
        aria-describedby={headingId}
        disabled={working}
        onClick={() => void acknowledge()}
      >
        {t('helpdesk.alert.ack')}
      </button>
    </article>
  );
}

/**
 * Above every page: the connection banner, the sound bar, every unacknowledged call; the sound
 * while an emergency waits, and the tab's title saying so. Calls for staff are shown and said to
 * screen readers politely, without the sound: they are not emergencies.
 */
export function HelpAlert() {
  const calls = unacknowledged.value;
  const emergencies = unacknowledgedEmergencies.value.length;
  const staffCalls = calls.length - emergencies;
  const waiting = emergencies > 0;

  useEffect(() => {
    if (!waiting) return;
    startAlarm();
    const title = document.title;
    document.title = t('helpdesk.alert.tabTitle', { title });
    return () => {
      stopAlarm();
      document.title = title;
    };
  }, [waiting]);

  return (
    // data-ringing says whether the alarm pattern repeats, for tests that cannot hear it.
    <section
      class="help-alerts"
      aria-label={t('helpdesk.alert.region')}
      data-ringing={ringing.value ? 'true' : 'false'}
    >
      <ConnectionBanner />
      <SoundBar />
      <p class="visually-hidden" aria-live="assertive">
        {waiting ? t('helpdesk.alert.summary', { count: emergencies }) : ''}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {staffCalls > 0 ? t('helpdesk.alert.staffSummary', { count: staffCalls }) : ''}
      </p>
      {calls.map((call) => (
        <CallAlert key={call.id} call={call} />
      ))}
    </section>
  );
}
