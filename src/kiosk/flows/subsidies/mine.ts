/**
 * Asking the centre server for "我的补贴" (POST /api/kiosk/my-subsidies): the member's id and the
 * proof of identification sealed at identification (card, and the PIN they typed), which only
 * the server can open and check. Personal figures are never kept on the kiosk: the answer lives
 * in the screen that shows it, gone with the screen and the session. No answer in time or no
 * connection is `offline`; a refusal (the PIN not typed, a proof the server does not accept) is
 * `refused`, for which the elder taps their card again.
 */
import * as v from 'valibot';
import {
  KioskSubsidiesApi,
  MySubsidiesAnswer,
  type MySubsidiesResult,
} from '../../../shared/subsidies/api';
import type { EntryProof } from '../../../shared/sync/proof';
import { offline } from '../../app/offline';
import { pullStatusHeaders } from '../../app/status-headers';
import { withDeadline } from '../../offline/deadline';
import { getDeviceToken } from '../../offline/device-token';
import { browserTimers } from '../../offline/sync-env';
import { httpKioskCall, SyncHttpError } from '../../offline/transport';

/** Long enough for a slow centre network, short enough that an elder is not left waiting. */
const MINE_MS = 8000;

export type MineAnswer = MySubsidiesResult | { result: 'offline' } | { result: 'refused' };

export async function askMySubsidies(
  memberId: string,
  proof: EntryProof | null | undefined,
): Promise<MineAnswer> {
  // Without a sealed proof (no key yet) the server could only refuse: say so without asking.
  if (!proof) return { result: 'refused' };
  const call = httpKioskCall<{ memberId: string; proof: EntryProof }, unknown>(
    KioskSubsidiesApi.mine.path,
    {
      getToken: getDeviceToken,
      statusHeaders: () => pullStatusHeaders(offline.value?.outbox ?? null),
    },
  );
  try {
    const answer = await withDeadline(call, { memberId, proof }, browserTimers, MINE_MS);
    const checked = v.safeParse(MySubsidiesAnswer, answer);
    return checked.success ? checked.output : { result: 'offline' };
  } catch (error) {
    // A server that answered and said no (not a 5xx, not "not enrolled") is not "offline".
    if (
      error instanceof SyncHttpError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 401
    )
      return { result: 'refused' };
    return { result: 'offline' };
  }
}
