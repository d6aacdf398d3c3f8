/**
 * POST /api/config/meals { meals, note, basedOn }: the canteen editor publishes a new config
 * version in which only meals.json changed. Kitchen staff may do this (their menus and prices
 * are their job) but no other publish: every other file is taken from the stored version, never
 * from the request, so a kitchen account cannot touch the centre's or the kiosks' settings.
 * Answers as POST /api/config/versions does: 201 the new version | 422 { problems } | 409.
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { ConfigApi } from '../../shared/config/api';
import type { ConfigFiles } from '../../shared/config/versions-api';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { notFound } from '../http/errors';
import { jsonBody } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { selectNewestVersion } from './config.repository';
import { publishVersion } from './config.service';
import type { ConfigStore } from './config-store';

export const MEALS_FILE = 'meals.json';

/** The route, mounted at /api/config/meals behind `staffSession`. */
export function mealsPublishRoutes({ db, clock, events }: ApiDeps & EventDeps, store: ConfigStore) {
  return new Hono<StaffEnv>().post(
    '/',
    requirePermission('meals.edit'),
    strictUtf8(),
    jsonBody(ConfigApi.publishMeals.body),
    async (c) => {
      await store.ready();
      const { meals, note, basedOn } = c.req.valid('json');
      // The stored files as they are (the Azure key unmasked): the publish service checks that
      // `basedOn` is still the newest version, inside its transaction, so a version published
      // meanwhile answers 409 and these files are never written over it.
      const newest = await selectNewestVersion(db);
      if (!newest)
        throw notFound(
          'No config has been stored yet: start the server with the centre’s config folder.',
          'config_none',
        );
      const files: ConfigFiles = {
        ...(JSON.parse(newest.files) as ConfigFiles),
        [MEALS_FILE]: meals,
      };
      const staff = currentStaff(c);
      const by = { actor: actorOf(staff), name: staff.name };
      const version = await publishVersion(
        db,
        store,
        events,
        by,
        { files, note, basedOn },
        clock(),
      );
      return c.json(version satisfies Reply<typeof ConfigApi.publishMeals>, 201);
    },
  );
}
