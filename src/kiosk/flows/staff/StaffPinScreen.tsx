/**
 * The staff PIN, on the big keypad, masked and spoken as "asterisk", checked by the centre server
 * (staff-pin.ts), which counts wrong tries and locks. A kiosk that is not enrolled goes straight
 * to the enrollment code: that code is the secret there, and no PIN hash is ever on the kiosk.
 */
import { useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { replace } from '../../app/router';
import { say, usePrompt } from '../../app/speech';
import { session } from '../../app/state';
import { Keypad } from '../../ui';
import { checkStaffPin, isEnrolled, type StaffPinOutcome } from './staff-pin';

/** Unlock the staff screens for this session. */
export function unlockStaff(): void {
  session.value = {
    ...(session.value ?? { startedAt: Date.now(), staffUnlocked: false }),
    staffUnlocked: true,
  };
}

function words(outcome: Exclude<StaffPinOutcome, { kind: 'right' | 'unenrolled' }>): string {
  if (outcome.kind === 'locked') return t('staff.pin.locked', { count: outcome.minutes });
  if (outcome.kind === 'offline') return t('staff.pin.offline');
  return t('staff.pin.wrong');
}

export function StaffPinScreen() {
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  usePrompt(t('staff.pin.prompt'));
  // The way in (staff-entry.ts) sends a kiosk that is not enrolled to the code; this catches one
  // whose token was refused since.
  if (!isEnrolled()) {
    replace('staff-enroll');
    return null;
  }

  const tell = (text: string) => {
    setPin('');
    setMessage(text);
    say(text);
  };

  const submit = async () => {
    if (busy) return;
    if (pin.length < 4) {
      tell(t('staff.pin.wrong'));
      return;
    }
    setBusy(true);
    const outcome = await checkStaffPin(pin);
    setBusy(false);
    if (outcome.kind === 'right') {
      unlockStaff();
      replace('staff');
      return;
    }
    // The server no longer knows this kiosk (revoked): the enrollment code is what is needed.
    if (outcome.kind === 'unenrolled') {
      replace('staff-enroll');
      return;
    }
    tell(words(outcome));
  };

  return (
    <KioskScreen title={t('staff.pin.title')}>
      <Keypad
        // A wrong PIN is said (and captioned) and replaces the label, so nothing is added
        // to a screen the keypad already fills at the largest text size.
        label={message || t('staff.pin.label')}
        value={pin}
        onChange={setPin}
        maxLength={8}
        masked
        onDone={() => void submit()}
        doneLabel={t('staff.pin.done')}
      />
    </KioskScreen>
  );
}
