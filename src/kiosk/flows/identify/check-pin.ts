/**
 * A member's PIN is checked by the server only (POST /api/kiosk/identify): the kiosk holds no
 * PIN hash, so nothing on it can be cracked. No answer in time, no connection or a server
 * problem is `offline`: the elder may still book a meal or ask for help with the card alone.
 */
import * as v from 'valibot';
import type { KioskIdentifyResult } from '../../../shared/members/api';
import { KioskIdentifyAnswer, KioskIdentifyApi } from '../../../shared/members/api';
import { offline } from '../../app/offline';
import { pullStatusHeaders } from '../../app/status-headers';
import { withDeadline } from '../../offline/deadline';
import { getDeviceToken } from '../../offline/device-token';
import { browserTimers } from '../../offline/sync-env';
import { httpKioskCall } from '../../offline/transport';

/** Long enough for a slow centre network, short enough that an elder is not left waiting. */
const PIN_CHECK_MS = 8000;

export type PinCheck = KioskIdentifyResult | { result: 'offline' };

export async function checkPinOnServer(card: string, pin: string): Promise<PinCheck> {
  const call = httpKioskCall<{ card: string; pin: string }, unknown>(
    KioskIdentifyApi.identify.path,
    {
      getToken: getDeviceToken,
      statusHeaders: () => pullStatusHeaders(offline.value?.outbox ?? null),
    },
  );
  try {
    const answer = await withDeadline(call, { card, pin }, browserTimers, PIN_CHECK_MS);
    const checked = v.safeParse(KioskIdentifyAnswer, answer);
    return checked.success ? checked.output : { result: 'offline' };
  } catch {
    return { result: 'offline' };
  }
}
