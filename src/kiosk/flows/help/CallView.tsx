/**
 * The call screen: where the call stands, shown and spoken as it changes — sending; staff cannot be
 * reached (the number to phone, where staff are, the alarm, and that the kiosk keeps trying);
 * staff told, please wait; "工作人员 王芳 马上来"; nobody answered, ring this number; closed.
 * It holds the screen (the idle timeout waits) until the call is closed or the elder goes home,
 * which leaves the call open for staff.
 */
import './help.css';
import { useEffect } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { holdIdle } from '../../app/idle';
import { home } from '../../app/router';
import { say } from '../../app/speech';
import { useConfig } from '../../app/state';
import { BigButton } from '../../ui/big-button/BigButton';
import { Icon } from '../../ui/icon/Icon';
import { ScrollArea } from '../../ui/scroll-area/ScrollArea';
import { ambulanceNumber, dutyPhone, spokenNumber } from '../phones';
import { alarmSounding, startAlarm, stopAlarm } from './alarm';
import { type CallView as Call, type CallPhase, phaseOf } from './call';
import { emergency } from './emergency';

interface CallWords {
  title: string;
  message: string;
  /**
   * A number to phone, shown very large beside the ambulance number (just as large), both said
   * digit by digit.
   */
  phone?: string;
  place?: string;
  tone: 'wait' | 'danger' | 'ok';
}

/** What the screen's heading says in a phase. */
export function callTitle(phase: CallPhase): string {
  return t(`help.call.${phase}.title`);
}

/** The words for a phase. */
export function callWords(
  phase: CallPhase,
  call: Call,
  duty: string,
  escalation: string,
  place: string,
): CallWords {
  const state = call.state !== 'gone' ? call.state : null;
  switch (phase) {
    case 'sending':
      return {
        title: t('help.call.sending.title'),
        message: t('help.call.sending.message'),
        tone: 'wait',
      };
    case 'unreachable':
      return {
        title: t('help.call.unreachable.title'),
        message: t('help.call.unreachable.message'),
        phone: duty,
        place,
        tone: 'danger',
      };
    case 'refused':
      return {
        title: t('help.call.refused.title'),
        message: t('help.call.refused.message'),
        phone: duty,
        place,
        tone: 'danger',
      };
    case 'sent':
      return {
        title: t('help.call.sent.title'),
        message: t('help.call.sent.message'),
        tone: 'wait',
      };
    case 'acknowledged':
      return {
        title: t('help.call.acknowledged.title'),
        message: state?.ackBy
          ? t('help.call.acknowledged.message', { name: state.ackBy })
          : t('help.call.acknowledged.noName'),
        tone: 'ok',
      };
    case 'escalated':
      return {
        title: t('help.call.escalated.title'),
        message: t('help.call.escalated.message'),
        phone: escalation,
        tone: 'danger',
      };
    case 'closed':
      return {
        title: t('help.call.closed.title'),
        message: t('help.call.closed.message'),
        tone: 'ok',
      };
  }
}

export function CallView({ call }: { call: Call }) {
  const { centre, help } = useConfig();
  const phase = phaseOf(call);
  const duty = dutyPhone(centre).number;
  const escalation = help?.emergency.escalationPhone ?? duty;
  const ambulance = ambulanceNumber(centre);
  const place = localText(centre.staffLocation);
  const words = callWords(phase, call, duty, escalation, place);
  const open = phase !== 'closed';
  const phoneLabel = words.phone === duty ? t('help.call.dutyPhone') : t('help.call.helpLine');

  const sentence = (say: (n: string) => string) =>
    [
      words.message,
      words.phone
        ? t('help.call.phonesSpoken', {
            label: phoneLabel,
            number: say(words.phone),
            ambulance: say(ambulance),
          })
        : '',
      words.place ? t('help.call.whereSpoken', { place: words.place }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  const shown = sentence((n) => n);
  const spoken = sentence(spokenNumber);
  // Each new state is said as it arrives.
  useEffect(() => say(shown, spoken), [shown, spoken]);

  // The call holds the screen: no idle timeout while staff still have to come.
  useEffect(() => (open ? holdIdle() : undefined), [open]);

  const alarm =
    (phase === 'unreachable' || phase === 'refused') && help?.emergency.localAlarm !== false;
  useEffect(() => {
    if (alarm) startAlarm();
    else stopAlarm();
  }, [alarm]);
  // Leaving the screen stops the chime (the call itself stays in the outbox, still being sent).
  useEffect(() => stopAlarm, []);

  const goHome = () => {
    stopAlarm();
    emergency.forgetClosed();
    home();
  };

  return (
    // The state's title is the screen's own heading (see callTitle): at the largest text size in
    // landscape, a second heading here would leave the numbers no room above the fold.
    <section class={`help-call help-call--${words.tone}`} data-phase={phase}>
      {/* The message and the number first: what matters is seen without scrolling. The region is
          the scroll area's (named by the title); the section around it is not a second one. */}
      <ScrollArea label={words.title}>
        {/* The numbers first: what matters is seen without scrolling, at every text size. */}
        {words.phone && (
          <ul class="phone-list help-call__phones">
            <li data-phone="duty">
              <span class="phone-list__label">
                <Icon name="phone" /> {phoneLabel}
              </span>
              <span class="phone-number phone-number--huge">{words.phone}</span>
            </li>
            <li data-phone="ambulance">
              <span class="phone-list__label">
                <Icon name="phone" /> {t('help.call.ambulance')}
              </span>
              <span class="phone-number phone-number--huge">{ambulance}</span>
            </li>
          </ul>
        )}
        <p class="help-call__message" role="status">
          {words.message}
        </p>
        {words.place && (
          <p class="help-call__place">
            <Icon name="location" /> {t('help.call.where', { place: words.place })}
          </p>
        )}
        {phase === 'unreachable' && (
          <p class="help-call__retry">{t('help.call.unreachable.retrying')}</p>
        )}
        {alarmSounding.value && (
          <p class="help-call__alarm" data-alarm="on">
            <Icon name="speaker" /> {t('help.call.alarmOn')}
          </p>
        )}
      </ScrollArea>
      <div class="action-row">
        <BigButton
          id="help-call:home"
          icon="home"
          variant={open ? 'secondary' : 'primary'}
          label={open ? t('help.call.allRight') : t('help.call.closed.home')}
          onPress={goHome}
        />
      </div>
    </section>
  );
}
