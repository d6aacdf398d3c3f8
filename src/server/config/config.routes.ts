/**
 * /api/config: the config versions (see src/shared/config/versions-api.ts for the contract).
 * Anyone with config.read may read and check; config.publish publishes and restores.
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { ConfigApi, VersionParam } from '../../shared/config/api';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { jsonBody, parseInput, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
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
    .get('/current', async (c) =>
      c.json((await currentVersion(db)) satisfies Reply<typeof ConfigApi.current>, 200),
    )
    .get('/versions', validQuery(ConfigApi.versions.query), async (c) =>
      c.json(
        (await listVersions(db, c.req.valid('query').page)) satisfies Reply<
          typeof ConfigApi.versions
        >,
        200,
      ),
    )
    .get('/versions/:number', async (c) =>
      c.json(
        (await getVersion(db, versionOf(c.req.param('number')))) satisfies Reply<
          typeof ConfigApi.version
        >,
        200,
      ),
    )
    .get('/versions/:number/diff', validQuery(ConfigApi.diff.query), async (c) => {
      const number = versionOf(c.req.param('number'));
      const against = c.req.valid('query').against ?? number - 1;
      const changes = await diffVersions(db, number, against);
      return c.json({ changes } satisfies Reply<typeof ConfigApi.diff>, 200);
    })
    .post('/check', strictUtf8(), jsonBody(ConfigApi.check.body), async (c) =>
      c.json(
        { problems: checkDraft(store, c.req.valid('json').files) } satisfies Reply<
          typeof ConfigApi.check
        >,
        200,
      ),
    )
    .post(
      '/versions',
      requirePermission('config.publish'),
      strictUtf8(),
      jsonBody(ConfigApi.publish.body),
      async (c) => {
        const staff = currentStaff(c);
        const by = { actor: actorOf(staff), name: staff.name };
        const version = await publishVersion(db, store, events, by, c.req.valid('json'), clock());
        return c.json(version satisfies Reply<typeof ConfigApi.publish>, 201);
      },
    )
    .post(
      '/versions/:number/restore',
      requirePermission('config.publish'),
      strictUtf8(),
      jsonBody(ConfigApi.restore.body),
      async (c) => {
        const staff = currentStaff(c);
        const by = { actor: actorOf(staff), name: staff.name };
        const input = { number: versionOf(c.req.param('number')), note: c.req.valid('json').note };
        const version = await restoreVersion(db, store, events, by, input, clock());
        return c.json(version satisfies Reply<typeof ConfigApi.restore>, 201);
      },
    );
}
