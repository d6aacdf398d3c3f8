/**
 * /api/sync: the kiosk's push and pull (device token) and the refusals list for staff. Pull answers
 * what changed since the kiosk's cursor: the roster, and later menus and acknowledgements.
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { SyncApi } from '../../shared/sync/api';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { AppError } from '../http/errors';
import { ownOrigin } from '../http/same-origin';
import { jsonBody, validQuery } from '../http/validate';
import { currentKiosk, type KioskEnv, requireKiosk, strictUtf8 } from '../kiosks/kiosk.middleware';
import { type MoveTarget, moveNotice } from '../kiosks/moves.service';
import { csvHeaders, UTF8_BOM } from '../lib/csv';
import { requirePermission } from '../staff/session.middleware';
import type { ApplierRegistry } from './appliers';
import { backupCoveredThrough, databaseIdentity } from './database-identity.repository';
import { proofKeys } from './proof-keys';
import { pull } from './pull.service';
import { rejectionsCsv } from './rejections.csv';
import { listRejections, push, type RejectionView } from './sync.service';

/** The routes under /api/sync. Needs `staffSession` in front (createApi does that). */
export function syncRoutes(
  { db, clock, events, trustProxy }: ApiDeps & EventDeps,
  registry: ApplierRegistry,
  /** Brings items up to date that change without a write of their own (the roster's tiers). */
  beforePull: (now: Date) => Promise<void> = async () => undefined,
  /** The centre's new address while it moves (MOVE_TO): pulls on any other address are told. */
  move?: MoveTarget,
) {
  return new Hono<KioskEnv>()
    .post(
      '/push',
      requireKiosk(db, clock, events),
      strictUtf8(),
      jsonBody(SyncApi.push.body),
      async (c) => {
        const kiosk = currentKiosk(c);
        const body = c.req.valid('json');
        if (body.kioskId !== kiosk.id)
          throw new AppError(
            403,
            'kiosk_mismatch',
            `kioskId "${body.kioskId}" is not the kiosk this device token belongs to.`,
          );
        const answer = await push(db, registry, kiosk.id, body, clock());
        const rejected = answer.results.filter((r) => r.status === 'rejected').length;
        // The kiosk is answered first; what the push sets off for others (every console's live
        // event, the help event feed and so each call's alert, the escalation timer, the kiosks'
        // "changed") runs once the answer is on its way, so under load a push never waits behind
        // fan-out. Nothing can be lost meanwhile: the entries have committed, and help events are
        // logged in the database, which the feed reads up to the newest on every pump.
        setImmediate(() =>
          events.publish({
            type: 'sync.pushed',
            kioskId: kiosk.id,
            accepted: answer.results.length - rejected,
            rejected,
          }),
        );
        return c.json(answer satisfies Reply<typeof SyncApi.push>, 200);
      },
    )
    .post(
      '/pull',
      requireKiosk(db, clock, events),
      strictUtf8(),
      jsonBody(SyncApi.pull.body),
      async (c) => {
        const kiosk = currentKiosk(c);
        const body = c.req.valid('json');
        if (body.kioskId !== kiosk.id)
          throw new AppError(
            403,
            'kiosk_mismatch',
            `kioskId "${body.kioskId}" is not the kiosk this device token belongs to.`,
          );
        await beforePull(clock());
        // Every pull carries the server's public key, so a rotated key reaches every kiosk.
        const { publicKey } = await proofKeys(db, clock);
        const now = clock();
        const backupAt = await backupCoveredThrough(db);
        const answer = {
          ...(await pull(db, body.cursor, now)),
          proofKey: publicKey,
          // What a kiosk needs to resend what a restore lost, and to forget what a backup holds.
          database: await databaseIdentity(db, now),
          ...(backupAt ? { backupAt } : {}),
        };
        // On the old address the kiosk keeps syncing, and learns where to go once it has drained.
        if (move && ownOrigin(c, trustProxy) !== move.to)
          return c.json(
            {
              ...answer,
              move: await moveNotice(db, kiosk.id, move, clock()),
            } satisfies Reply<typeof SyncApi.pull>,
            200,
          );
        return c.json(answer satisfies Reply<typeof SyncApi.pull>, 200);
      },
    )
    .get(
      '/rejections',
      requirePermission('sync.rejections'),
      validQuery(SyncApi.rejections.query),
      async (c) => {
        const query = c.req.valid('query');
        if (query.format === 'csv') {
          // Every refusal, page after page, in one file.
          const all: RejectionView[] = [];
          let cursor: string | undefined;
          do {
            const page = await listRejections(db, { limit: 200, ...(cursor ? { cursor } : {}) });
            all.push(...page.rejections);
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
          const day = clock().toISOString().slice(0, 10);
          return c.body(UTF8_BOM + rejectionsCsv(all), 200, csvHeaders(`refusals-${day}.csv`));
        }
        return c.json(
          (await listRejections(db, query)) satisfies Reply<typeof SyncApi.rejections>,
          200,
        );
      },
    );
}
