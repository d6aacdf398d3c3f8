/** The staff PIN, on the big keypad, masked and spoken as "asterisk". Slows down after wrong tries. */
import { useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { verifyPin } from '../../../shared/config/pin';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { replace } from '../../app/router';
import { say, usePrompt } from '../../app/speech';
import { session, useConfig } from '../../app/state';
import { Keypad } from '../../ui';

const MAX_TRIES_BEFORE_PAUSE = 5;
const PAUSE_MS = 60_000;
let wrongTries = 0;
let pausedUntil = 0;

export function StaffPinScreen() {
  const { kiosk } = useConfig();
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  usePrompt(t('staff.pin.prompt'));

  const submit = async () => {
    if (Date.now() < pausedUntil || pin.length < 4) {
      setMessage(t('staff.pin.wrong'));
      say(t('staff.pin.wrong'));
      setPin('');
      return;
    }
    if (await verifyPin(pin, kiosk.staff.pin)) {
      wrongTries = 0;
      session.value = {
        ...(session.value ?? { startedAt: Date.now(), staffUnlocked: false }),
        staffUnlocked: true,
      };
      replace('staff');
      return;
    }
    wrongTries += 1;
    if (wrongTries >= MAX_TRIES_BEFORE_PAUSE) {
      wrongTries = 0;
      pausedUntil = Date.now() + PAUSE_MS;
    }
    setPin('');
    setMessage(t('staff.pin.wrong'));
    say(t('staff.pin.wrong'));
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
