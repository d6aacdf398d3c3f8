/**
 * Emergency, the fixed button on every screen. On an enrolled kiosk of a centre with help.json: a
 * spoken, visible countdown with one huge Cancel, then the call goes out and the screen says
 * honestly where it stands (flows/help/CallView). While a call is open, pressing again shows it
 * (no second countdown, no second call). A kiosk that is not enrolled cannot call anyone, so it
 * says plainly what to do now — call out, phone the ambulance or the duty phone, where staff are —
 * and never pretends the kiosk has called anyone.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { enrollment } from '../../app/offline';
import { back, route } from '../../app/router';
import { say, usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { BigButton } from '../../ui/big-button/BigButton';
import { Icon } from '../../ui/icon/Icon';
import { ScrollArea } from '../../ui/scroll-area/ScrollArea';
import { CallView, callTitle } from '../help/CallView';
import { isOpen, phaseOf } from '../help/call';
import { emergency } from '../help/emergency';
import '../help/help.css';
import { identifiedMember } from '../identify/identify';
import { ambulanceNumber, dutyPhone, spokenNumber } from '../phones';

/** The countdown when help.json does not say. */
export const DEFAULT_COUNTDOWN_SECONDS = 3;

export function EmergencyScreen() {
  const { help } = useConfig();
  const call = emergency.call.value;
  // Decided once on entry: a call that closes while shown stays on its screen, saying so.
  const [mode] = useState(() =>
    !enrollment.value || !help ? 'static' : isOpen(call) ? 'call' : 'countdown',
  );
  const [calling, setCalling] = useState(mode === 'call');
  const [failed, setFailed] = useState(false);
  // Nothing could be stored (the kiosk's storage failed at boot): say what to do instead.
  if (mode === 'static' || failed) return <StaticEmergency />;
  return (
    <KioskScreen title={calling && call ? callTitle(phaseOf(call)) : t('help.call.screenTitle')}>
      {calling && call ? (
        <CallView call={call} />
      ) : calling ? (
        <p class="help-hint" role="status">
          {t('help.call.sending.message')}
        </p>
      ) : (
        <Countdown
          seconds={help?.emergency.countdownSeconds ?? DEFAULT_COUNTDOWN_SECONDS}
          onEnd={() => {
            setCalling(true);
            emergency.forgetClosed();
            emergency.start(identifiedMember.value?.id ?? null).catch(() => setFailed(true));
          }}
        />
      )}
    </KioskScreen>
  );
}

/** "3 … 2 … 1": each second shown and said; Cancel records a cancelled call and goes back. */
function Countdown({ seconds, onEnd }: { seconds: number; onEnd: () => void }) {
  const [left, setLeft] = useState(seconds);
  const done = useRef(false);
  usePrompt(t('help.countdown.prompt', { count: seconds }));
  useEffect(() => {
    if (done.current) return;
    if (left <= 0) {
      done.current = true;
      onEnd();
      return;
    }
    if (left < seconds) say(String(left));
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  const cancelled = () => {
    if (done.current) return false;
    done.current = true;
    // Counted (a false alarm is worth knowing about) but alerts nobody.
    void emergency.cancelled(identifiedMember.value?.id ?? null).catch(() => undefined);
    return true;
  };
  const cancel = () => {
    if (cancelled()) back();
  };
  // Home, Back or the idle timeout inside the countdown cancel it too (Emergency again restarts it).
  useEffect(
    () => () => {
      if (route.value.id !== 'emergency') cancelled();
    },
    [],
  );
  return (
    <section class="help-countdown" aria-labelledby="help-countdown-what">
      <p class="help-countdown__what" id="help-countdown-what">
        {t('help.countdown.what', { count: Math.max(left, 0) })}
      </p>
      <p class="help-countdown__number" aria-hidden="true">
        {Math.max(left, 0)}
      </p>
      <div class="help-countdown__cancel">
        <BigButton
          id="help-countdown:cancel"
          icon="cross"
          variant="secondary"
          label={t('help.countdown.cancel')}
          onPress={cancel}
        />
      </div>
    </section>
  );
}

/** Not enrolled, or no help set up: what to do now, without pretending anyone was called. */
function StaticEmergency() {
  const { centre } = useConfig();
  const duty = dutyPhone(centre);
  const ambulance = ambulanceNumber(centre);
  const place = localText(centre.staffLocation);
  const prompt = (sayIt: (n: string) => string) =>
    t('shell.emergency.prompt', { ambulance: sayIt(ambulance), duty: sayIt(duty.number), place });
  usePrompt(
    prompt((n) => n),
    prompt(spokenNumber),
  );
  return (
    <KioskScreen title={t('shell.emergency.title')}>
      <ScrollArea label={t('shell.emergency.title')}>
        <div class="notice notice--danger" role="alert">
          <p class="notice__lead">
            <Icon name="emergency" /> {t('shell.emergency.shout')}
          </p>
          <ul class="phone-list">
            <li>
              <span class="phone-list__label">
                <Icon name="phone" /> {t('shell.emergency.ambulance')}
              </span>
              <span class="phone-number phone-number--huge">{ambulance}</span>
            </li>
            <li>
              <span class="phone-list__label">
                <Icon name="phone" /> {t('shell.emergency.duty')}
              </span>
              {/* The same size as the ambulance: either may be the one to ring. */}
              <span class="phone-number phone-number--huge">{duty.number}</span>
            </li>
          </ul>
          <p class="notice__lead">
            <Icon name="location" /> {t('shell.emergency.where', { place })}
          </p>
        </div>
      </ScrollArea>
    </KioskScreen>
  );
}
