/**
 * Enroll this kiosk: the administrator's 8-digit code on the big keypad, traded for a device token.
 * On a kiosk that is not enrolled this is the staff screen's way in (the code is the secret; there
 * is no staff PIN to check without the server); enrolled, it is reached from the staff screen.
 */
import { useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { enrolled } from '../../app/offline';
import { home, replace } from '../../app/router';
import { say, usePrompt } from '../../app/speech';
import { session } from '../../app/state';
import { enrollKiosk } from '../../offline/enroll';
import { Keypad } from '../../ui';
import { unlockStaff } from './StaffPinScreen';
import { isEnrolled, tokenRefused } from './staff-pin';

export const ENROLLMENT_CODE_DIGITS = 8;

export function StaffEnrollScreen() {
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  usePrompt(t('staff.enroll.prompt'));
  if (!session.value?.staffUnlocked && isEnrolled()) {
    home();
    return null;
  }

  const submit = async () => {
    if (busy) return;
    if (code.length !== ENROLLMENT_CODE_DIGITS) {
      setMessage(t('staff.enroll.error.unknown'));
      say(t('staff.enroll.error.unknown'));
      return;
    }
    setBusy(true);
    setMessage(t('staff.enroll.working'));
    const result = await enrollKiosk(code);
    setBusy(false);
    if (result.ok) {
      enrolled(result.enrollment);
      tokenRefused.value = false;
      say(t('staff.enroll.success', { name: result.enrollment.name }));
      // The code proved this is staff: on to the staff screen, which shows the new name.
      unlockStaff();
      replace('staff');
      return;
    }
    setCode('');
    const words = t(`staff.enroll.error.${result.reason}`);
    setMessage(words);
    say(words);
  };

  return (
    <KioskScreen title={t('staff.enroll.title')}>
      <Keypad
        // A failure is said (and captioned) and replaces the label, so nothing is added to a
        // screen the keypad already fills at the largest text size.
        label={message || t('staff.enroll.label')}
        value={code}
        onChange={setCode}
        maxLength={ENROLLMENT_CODE_DIGITS}
        onDone={() => void submit()}
        doneLabel={t('staff.enroll.done')}
      />
    </KioskScreen>
  );
}
