/**
 * The HTTP → HTTPS move that drains (issue #17): while MOVE_TO is set, a pull on the old address
 * answers where to go and a one-time move token for that kiosk; the kiosk goes once its outbox
 * is empty and trades the token at the new address for a fresh device token (no staff code).
 * A token is short-lived (MOVE_TOKEN_TTL_MS) and bound to the kiosk it was issued to; each pull
 * gives a new one, and the first used spends them all (single use).
 */
import type { Kysely } from 'kysely';
import type { SyncMove } from '../../shared/sync/pull';
import { recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { findKiosk, updateKiosk } from './kiosks.repository';
import {
  findMoveToken,
  insertMoveToken,
  markMoved,
  selectMoves,
  spendMoveTokens,
  upsertMove,
} from './moves.repository';
import { newDeviceToken, sha256Hex } from './token';

/** How long a move token works: long enough to load the new address, short enough to be useless later. */
export const MOVE_TOKEN_TTL_MS = 10 * 60_000;

/** Where the kiosks of this centre go, when a move is on. */
export interface MoveTarget {
  /** The new address's origin, e.g. https://nuanxin.lan:8443. */
  to: string;
}

/** A kiosk's part in the move, as the console shows it. */
export type MoveState = 'draining' | 'moved';

/** Tell `kioskId` where to go, with a new move token (earlier ones stay good until they expire). */
export async function moveNotice(
  db: Kysely<Database>,
  kioskId: string,
  target: MoveTarget,
  now: Date,
): Promise<SyncMove> {
  const token = newDeviceToken();
  const nowIso = now.toISOString();
  const expiresAt = new Date(now.getTime() + MOVE_TOKEN_TTL_MS).toISOString();
  await db.transaction().execute(async (trx) => {
    await upsertMove(trx, kioskId, target.to, nowIso);
    await insertMoveToken(
      trx,
      { token_hash: sha256Hex(token), kiosk_id: kioskId, expires_at: expiresAt, used_at: null },
      nowIso,
    );
  });
  return { to: target.to, token, expiresAt };
}

const refused = () =>
  new AppError(
    400,
    'move_token_invalid',
    'This move token is not one this centre gave this kiosk. Enroll the kiosk with a code from the console.',
  );
const used = () => new AppError(410, 'move_token_used', 'This move token has been used already.');

/**
 * Trade a move token for a new device token for the same kiosk (same id, name and place). The
 * kiosk's old token stops working, so the old address cannot go on sending for it, and every
 * move token it was given is spent.
 */
export async function redeemMove(
  db: Kysely<Database>,
  attempt: { kioskId: string; token: string; address: string },
  now: Date,
): Promise<{ kioskId: string; token: string; name: string; location: string | null }> {
  const nowIso = now.toISOString();
  const deviceToken = newDeviceToken();
  return db.transaction().execute(async (trx) => {
    const token = await findMoveToken(trx, sha256Hex(attempt.token));
    const kiosk = await findKiosk(trx, attempt.kioskId);
    // Bound to the kiosk it was given to.
    if (!token || !kiosk || token.kiosk_id !== kiosk.id || kiosk.revoked_at !== null)
      throw refused();
    if (token.used_at !== null) throw used();
    if (token.expires_at <= nowIso)
      throw new AppError(410, 'move_token_expired', 'This move token has expired.');
    // Spent in the same transaction that gives the new device token.
    if ((await spendMoveTokens(trx, kiosk.id, nowIso)) === 0) throw used();
    const to = await markMoved(trx, kiosk.id, nowIso);
    await updateKiosk(trx, kiosk.id, { token_hash: sha256Hex(deviceToken), last_seen_at: nowIso });
    await recordAudit(trx, {
      at: now,
      actor: { kind: 'anonymous' },
      action: 'kiosk.moved',
      subject: { type: 'kiosk', id: kiosk.id },
      details: { name: kiosk.name, to, address: attempt.address },
    });
    return { kioskId: kiosk.id, token: deviceToken, name: kiosk.name, location: kiosk.location };
  });
}

/** Each kiosk told to move: still draining on the old address, or moved. */
export async function moveStates(db: Kysely<Database>): Promise<Map<string, MoveState>> {
  const rows = await selectMoves(db);
  return new Map(rows.map((r) => [r.kiosk_id, r.moved_at === null ? 'draining' : 'moved']));
}
