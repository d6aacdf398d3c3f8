/**
 * /api/subsidies/imports and /api/subsidies/queue (contracts in
 * src/shared/subsidies/import-api.ts), for the desk: `subsidies.import`.
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { SubsidyImportApi } from '../../shared/subsidies/import-api';
import type { CentreConfigReader } from '../config/centre-config';
import type { ApiDeps } from '../http/deps';
import { AppError } from '../http/errors';
import { jsonBody, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { importBureauList } from './import.service';
import { listImports } from './imports.service';
import { dismissRow, matchRow, waitingRows } from './queue.service';

/** Media types a browser or a script may give a CSV upload (Windows calls .csv an Excel type). */
// Not text/plain: an HTML form on another page can send that without asking (see same-origin.ts).
const CSV_MEDIA_TYPES = /^(text\/csv|application\/csv|application\/vnd\.ms-excel)$/i;

export function subsidyImportRoutes(deps: ApiDeps, centre: CentreConfigReader | undefined) {
  const { db, clock } = deps;
  const desk = requirePermission('subsidies.import');
  return new Hono<StaffEnv>()
    .post('/imports', desk, validQuery(SubsidyImportApi.import.query), async (c) => {
      const [mediaType = '', ...params] = (c.req.header('content-type') ?? '')
        .split(';')
        .map((p) => p.trim());
      if (!CSV_MEDIA_TYPES.test(mediaType))
        throw new AppError(
          415,
          'unsupported_media_type',
          'Send the bureau’s list as CSV, with the header "Content-Type: text/csv".',
        );
      const charset = params.find((p) => /^charset=/i.test(p))?.slice('charset='.length);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const { list, asOf, dryRun } = c.req.valid('query');
      const report = await importBureauList(
        db,
        actorOf(currentStaff(c)),
        { bytes, charset: charset?.replaceAll('"', '') },
        {
          list,
          asOf,
          dryRun: dryRun === '1',
          now: clock(),
          programmes: centre?.()?.subsidies?.programmes,
        },
      );
      return c.json(report satisfies Reply<typeof SubsidyImportApi.import>, 200);
    })
    .get('/imports', desk, async (c) =>
      c.json((await listImports(db)) satisfies Reply<typeof SubsidyImportApi.imports>, 200),
    )
    .get('/queue', desk, async (c) =>
      c.json((await waitingRows(db)) satisfies Reply<typeof SubsidyImportApi.queue>, 200),
    )
    .post(
      '/queue/:id/match',
      desk,
      strictUtf8(),
      jsonBody(SubsidyImportApi.match.body),
      async (c) => {
        const answer = await matchRow(
          db,
          actorOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('json').memberId,
          clock(),
        );
        return c.json(answer satisfies Reply<typeof SubsidyImportApi.match>, 200);
      },
    )
    .post('/queue/:id/dismiss', desk, async (c) => {
      const answer = await dismissRow(db, actorOf(currentStaff(c)), c.req.param('id'), clock());
      return c.json(answer satisfies Reply<typeof SubsidyImportApi.dismiss>, 200);
    });
}
