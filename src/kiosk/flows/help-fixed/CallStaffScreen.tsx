/**
 * 呼叫工作人员, the fixed button on every screen. On an enrolled kiosk it calls a person to this
 * kiosk at once (a non-urgent call: no countdown, no alarm, never escalated; with the elder's id
 * when they had identified) and says where the call stands (StaffCallView) until someone is named.
 * Pressing it again while that call is open shows the same call. A kiosk that is not enrolled, or
 * that cannot store the call, says plainly that it could not call anyone and shows where staff
 * are and their phones: it never claims staff were told.
 */
import { useEffect, useState } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { enrollment } from '../../app/offline';
import { usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { ScrollArea } from '../../ui/scroll-area/ScrollArea';
import { identifiedMember } from '../identify/identify';
import { dutyPhone, spokenNumber } from '../phones';
import { StaffCallView, staffCallTitle, staffPhaseOf } from './StaffCallView';
import { StaffWhere } from './StaffWhere';
import { staffCall } from './staff-call';

export function CallStaffScreen() {
  const call = staffCall.call.value;
  // Decided once on entry, as the emergency screen does.
  const [canCall] = useState(() => enrollment.value !== null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!canCall) return;
    staffCall.forgetClosed();
    // Joins (shows) the open call if there is one; stores a new one otherwise.
    staffCall.start(identifiedMember.value?.id ?? null).catch(() => setFailed(true));
  }, []);
  if (!canCall || failed) return <CannotCall />;
  return (
    <KioskScreen title={call ? staffCallTitle(staffPhaseOf(call)) : staffCallTitle('sending')}>
      {call ? (
        <StaffCallView call={call} />
      ) : (
        <p class="help-hint" role="status">
          {t('shell.callStaff.sending.message')}
        </p>
      )}
    </KioskScreen>
  );
}

/** No call could be made from here: said plainly, with where staff are and their phones. */
function CannotCall() {
  const { centre } = useConfig();
  const duty = dutyPhone(centre);
  const prompt = (number: string) =>
    t('shell.callStaff.cannotPrompt', { place: localText(centre.staffLocation), number });
  usePrompt(prompt(duty.number), prompt(spokenNumber(duty.number)));
  return (
    <KioskScreen title={t('shell.callStaff.title')}>
      <ScrollArea label={t('shell.callStaff.title')}>
        <div class="notice" data-call-kind="staff" data-phase="cannot">
          <p class="notice__lead">{t('shell.callStaff.cannot')}</p>
          <StaffWhere />
        </div>
      </ScrollArea>
    </KioskScreen>
  );
}
