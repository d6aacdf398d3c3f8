/**
 * Where this kiosk's call for staff stands, shown and spoken as it changes: sending; not sent (the
 * server cannot be reached: it will go when the connection is back, but where staff are and their
 * phones, so nobody waits on it); refused; staff told, please wait here; "工作人员 王芳 马上来";
 * closed. Each new state is said and becomes what 再听一遍 repeats. Never "staff told" before the
 * server has the call.
 */
import '../help/help.css';
import { useEffect } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { holdIdle } from '../../app/idle';
import { say } from '../../app/speech';
import { useConfig } from '../../app/state';
import { ScrollArea } from '../../ui/scroll-area/ScrollArea';
import { type CallView as Call, phaseOf } from '../help/call';
import { dutyPhone, spokenNumber } from '../phones';
import { StaffWhere } from './StaffWhere';

/** What the kiosk says of a call for staff; the server never escalates one (read as "sent"). */
export type StaffCallPhase = 'sending' | 'notSent' | 'refused' | 'sent' | 'acknowledged' | 'closed';

export function staffPhaseOf(call: Call): StaffCallPhase {
  const phase = phaseOf(call);
  if (phase === 'unreachable') return 'notSent';
  if (phase === 'escalated') return 'sent';
  return phase;
}

/** The heading of a phase (the screen's own title). */
export function staffCallTitle(phase: StaffCallPhase): string {
  return t(`shell.callStaff.${phase}.title`);
}

export function StaffCallView({ call }: { call: Call }) {
  const { centre } = useConfig();
  const phase = staffPhaseOf(call);
  const place = localText(centre.staffLocation);
  const state = call.state !== 'gone' ? call.state : null;
  const failed = phase === 'notSent' || phase === 'refused';
  const message =
    phase === 'acknowledged'
      ? state?.ackBy
        ? t('shell.callStaff.acknowledged.message', { name: state.ackBy })
        : t('shell.callStaff.acknowledged.noName')
      : t(`shell.callStaff.${phase}.message`);
  const duty = dutyPhone(centre).number;
  // Not sent: where to go and the number are said as well as shown.
  const sentence = (sayIt: (n: string) => string) =>
    failed ? t('shell.callStaff.goSpoken', { message, place, number: sayIt(duty) }) : message;
  const shown = sentence((n) => n);
  const spoken = sentence(spokenNumber);
  // Each new state is said as it arrives, and is what "Hear again" repeats.
  useEffect(() => say(shown, spoken), [shown, spoken]);

  // While the elder waits for a name the idle timeout waits too; once someone is coming (or the
  // call could not go) the kiosk times out as usual, so a session is never held open for long.
  const waiting = phase === 'sending' || phase === 'sent';
  useEffect(() => (waiting ? holdIdle() : undefined), [waiting]);

  return (
    <section
      class={`help-call help-call--${failed ? 'danger' : phase === 'acknowledged' ? 'ok' : 'wait'}`}
      data-phase={phase}
      data-call-kind="staff"
    >
      <ScrollArea label={staffCallTitle(phase)}>
        <p class="help-call__message" role="status">
          {message}
        </p>
        {/* The message first, then where staff are and their phones, without a heading of their
            own: at the largest text size the duty phone stays above the fold. */}
        {failed && <StaffWhere phonesHeading={false} />}
      </ScrollArea>
    </section>
  );
}
