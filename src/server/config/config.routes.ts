/**
 * /api/config: the config versions (see src/shared/config/versions-api.ts for the contract).
 * Anyone with config.read may read and check; config.publish publishes and restores.
 */
import { Hono } from 'hono';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { jsonBody, parseInput, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import {
  CheckBody,
  DiffQuery,
  PublishBody,
  RestoreBody,
  VersionParam,
  VersionsQuery,
} from './config.schemas';
import {
  checkDraft,
  currentVersion,
  diffVersions,
  getVersion,
  listVersions,
  publishVersion,
  restoreVersion,
} from './config.service';
import type { ConfigStore } from './config-store';

/** The routes under /api/config. Needs `staffSession` in front (createApi does that). */
export function configRoutes({ db, clock, events }: ApiDeps & EventDeps, store: ConfigStore) {
  const versionOf = (param: string | undefined) =>
    parseInput(VersionParam, { number: param }).number;
  return new Hono<StaffEnv>()
    .use('*', requirePermission('config.read'), async (_c, next) => {
      // The seed is stored on the first start; nothing here may answer before it is.
      await store.ready();
      await next();
    })
    .get('/current', async (c) => c.json(await currentVersion(db), 200))
    .get('/versions', validQuery(VersionsQuery), async (c) =>
      c.json(await listVersions(db, c.req.valid('query').page), 200),
    )
    .get('/versions/:number', async (c) =>
      c.json(await getVersion(db, versionOf(c.req.param('number'))), 200),
    )
    .get('/versions/:number/diff', validQuery(DiffQuery), async (c) => {
      const number = versionOf(c.req.param('number'));
      const against = c.req.valid('query').against ?? number - 1;
      return c.json({ changes: await diffVersions(db, number, against) }, 200);
    })
    .post('/check', strictUtf8(), jsonBody(CheckBody), async (c) =>
      c.json({ problems: checkDraft(store, c.req.valid('json').files) }, 200),
    )
    .post(
      '/versions',
      requirePermission('config.publish'),
      strictUtf8(),
      jsonBody(PublishBody),
      async (c) => {
        const staff = currentStaff(c);
        const by = { actor: actorOf(staff), name: staff.name };
        return c.json(
          await publishVersion(db, store, events, by, c.req.valid('json'), clock()),
          201,
        );
      },
    )
    .post(
      '/versions/:number/restore',
      requirePermission('config.publish'),
      strictUtf8(),
      jsonBody(RestoreBody),
      async (c) => {
        const staff = currentStaff(c);
        const by = { actor: actorOf(staff), name: staff.name };
        const input = { number: versionOf(c.req.param('number')), note: c.req.valid('json').note };
        return c.json(await restoreVersion(db, store, events, by, input, clock()), 201);
      },
    );
}
