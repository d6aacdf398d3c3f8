/**
 * The kiosk's one call for staff (呼叫工作人员: "请到大厅 1 来一下"), the same state machine as
 * the emergency (flows/help/call.ts) over a help.staff-call entry stored through saving.ts. It
 * belongs to the kiosk like an emergency: pressing 呼叫工作人员 again while it is open shows it.
 *
 * Unlike an emergency it keeps to the sync loop's schedule (only an emergency pushes past the
 * back-off), so while the server cannot be reached the elder is told at once that the call was
 * not sent and where staff are. The entry stays queued and is sent when the connection is back,
 * and the screen says so ("网络恢复后会自动发出"): it is never silently dropped, and staff see on
 * the console when it was pressed and how late it arrived, so a stale one is recognisable.
 */
import { STAFF_CALL_KIND } from '../../../shared/help/kind-names';
import type { StaffCallPayload } from '../../../shared/help/kinds';
import { type CallController, createCallController } from '../help/call';
import { callWatchPorts, followPulls } from '../help/emergency';
import { storeOnce } from '../store-entry';

export const staffCall: CallController = createCallController({
  ...callWatchPorts,
  // A double tap stores one entry; the controller joins presses while the call is open. Typed
  // here, not checked against the kind's schema: that code is not in the first load.
  store: ({ memberId }) =>
    storeOnce(
      STAFF_CALL_KIND,
      memberId ?? 'anyone',
      { memberId } satisfies StaffCallPayload,
      memberId,
    ),
  // saving.ts's store kicks the loop; nothing goes ahead of its back-off for a call for staff.
  sendNow: () => Promise.resolve(),
});

followPulls(staffCall);
