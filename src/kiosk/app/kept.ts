/**
 * The app's side of resending what a restore lost (offline/resend.ts): the kept store, opened
 * once, fed by the sync loop after each push and checked after each pull. Failures are logged for
 * staff and never stop sending or pulling.
 */
import type { OutboxEntry } from '../../shared/sync/entry';
import type { PullResponse } from '../../shared/sync/pull';
import type { PushResult } from '../../shared/sync/push';
import { getDeviceToken } from '../offline/device-token';
import { type KeptStore, openKept } from '../offline/kept';
import { afterPull, keepAccepted } from '../offline/resend';
import { httpPush } from '../offline/transport';
import { logError } from './device';
import { currentKioskId, offline } from './offline';
import { pushStatusHeaders } from './status-headers';

let store: Promise<KeptStore> | null = null;
const kept = () => {
  store ??= openKept();
  return store;
};
/** One check at a time: a run of pull pages must not resend twice. */
let checking: Promise<void> = Promise.resolve();

/** After a push: keep what the server accepted. */
export async function keepSent(entries: OutboxEntry[], results: PushResult[]): Promise<void> {
  try {
    await keepAccepted(await kept(), entries, results, Date.now());
  } catch (error) {
    logError(error, 'kept: keeping sent entries');
  }
}

/** After a pull page: forget what a backup holds; after a restore, resend what is kept. */
export function checkKept(answer: PullResponse): Promise<void> {
  checking = checking.then(async () => {
    try {
      const outbox = offline.value?.outbox;
      const push = httpPush({
        getToken: getDeviceToken,
        ...(outbox ? { statusHeaders: () => pushStatusHeaders(outbox) } : {}),
      });
      const { resent, refused } = await afterPull(await kept(), answer, {
        push,
        kioskId: currentKioskId,
        now: Date.now,
      });
      if (refused > 0)
        logError(`${refused} of ${resent + refused} refused`, 'kept: resent after a restore');
    } catch (error) {
      logError(error, 'kept: resending after a restore');
    }
  });
  return checking;
}
