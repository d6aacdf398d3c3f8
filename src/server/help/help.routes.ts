/**
 * /api/help: the console's emergency calls and service-request queue (any staff role; complaints
 * only for admins), and the admin's report. Shapes in src/shared/help/api-types.ts.
 */
import { Hono } from 'hono';
import type { HelpReport } from '../../shared/help/api-types';
import type { CentreConfigReader } from '../config/centre-config';
import type { ApiDeps } from '../http/deps';
import { jsonBody, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { DEFAULT_TIME_ZONE } from '../members/centre-day';
import { currentStaff, requireRole, type StaffEnv } from '../staff/session.middleware';
import { helpReportCsv } from './help.csv';
import type { HelpEventFeed } from './help.events';
import { helpReport } from './help.report';
import {
  AssignBody,
  CallsQuery,
  FalseAlarmBody,
  NoteBody,
  ReportQuery,
  RequestsQuery,
  ResolveBody,
  StatusBody,
} from './help.schemas';
import {
  acknowledgeCall,
  activeCalls,
  addRequestNote,
  assignRequest,
  callsBetween,
  closeCall,
  escalationAttempts,
  getRequest,
  listRequests,
  setRequestStatus,
} from './help.service';

/** The routes under /api/help. Needs `staffSession` in front (createApi does that). */
export function helpRoutes(
  { db, clock }: ApiDeps,
  feed: HelpEventFeed,
  centre: CentreConfigReader | undefined,
) {
  const timeZone = () => centre?.()?.centre.timeZone ?? DEFAULT_TIME_ZONE;
  const report = async (month: string): Promise<HelpReport> => helpReport(db, month, timeZone());
  return (
    new Hono<StaffEnv>()
      .get('/calls', requireRole(), validQuery(CallsQuery), async (c) => {
        const q = c.req.valid('query');
        const calls =
          q.from !== undefined && q.to !== undefined
            ? await callsBetween(db, q.from, q.to, timeZone())
            : await activeCalls(db);
        return c.json({ calls }, 200);
      })
      .post('/calls/:id/ack', requireRole(), async (c) => {
        const { view, changed } = await acknowledgeCall(
          db,
          currentStaff(c),
          c.req.param('id'),
          clock(),
        );
        if (changed) await feed.pump();
        return c.json(view, 200);
      })
      .post('/calls/:id/resolve', requireRole(), strictUtf8(), jsonBody(ResolveBody), async (c) => {
        const { note } = c.req.valid('json');
        const view = await closeCall(
          db,
          currentStaff(c),
          c.req.param('id'),
          { status: 'resolved', note: note ?? null },
          clock(),
        );
        await feed.pump();
        return c.json(view, 200);
      })
      .post(
        '/calls/:id/false-alarm',
        requireRole(),
        strictUtf8(),
        jsonBody(FalseAlarmBody),
        async (c) => {
          const { reason } = c.req.valid('json');
          const view = await closeCall(
            db,
            currentStaff(c),
            c.req.param('id'),
            { status: 'false-alarm', reason },
            clock(),
          );
          await feed.pump();
          return c.json(view, 200);
        },
      )
      .get('/calls/:id/escalations', requireRole(), async (c) =>
        c.json({ attempts: await escalationAttempts(db, c.req.param('id')) }, 200),
      )
      .get('/requests', requireRole(), validQuery(RequestsQuery), async (c) =>
        c.json(await listRequests(db, currentStaff(c), c.req.valid('query')), 200),
      )
      .get('/requests/:id', requireRole(), async (c) =>
        c.json(await getRequest(db, currentStaff(c), c.req.param('id')), 200),
      )
      .post(
        '/requests/:id/assign',
        requireRole(),
        strictUtf8(),
        jsonBody(AssignBody),
        async (c) => {
          const view = await assignRequest(
            db,
            currentStaff(c),
            c.req.param('id'),
            c.req.valid('json'),
            clock(),
          );
          await feed.pump();
          return c.json(view, 200);
        },
      )
      .post(
        '/requests/:id/status',
        requireRole(),
        strictUtf8(),
        jsonBody(StatusBody),
        async (c) => {
          const view = await setRequestStatus(
            db,
            currentStaff(c),
            c.req.param('id'),
            c.req.valid('json').status,
            clock(),
          );
          await feed.pump();
          return c.json(view, 200);
        },
      )
      .post('/requests/:id/notes', requireRole(), strictUtf8(), jsonBody(NoteBody), async (c) => {
        const view = await addRequestNote(
          db,
          currentStaff(c),
          c.req.param('id'),
          c.req.valid('json').text,
          clock(),
        );
        await feed.pump();
        return c.json(view, 200);
      })
      .get('/report', requireRole('admin'), validQuery(ReportQuery), async (c) =>
        c.json(await report(c.req.valid('query').month), 200),
      )
      // Complaints are counted here by category, which only admins reach.
      .get('/report.csv', requireRole('admin'), validQuery(ReportQuery), async (c) => {
        const { month } = c.req.valid('query');
        const categories = centre?.()?.help?.categories ?? [];
        const name = (id: string) => categories.find((k) => k.id === id)?.label['zh-Hans'] ?? id;
        return new Response(helpReportCsv(await report(month), name), {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="help-${month}.csv"`,
          },
        });
      })
  );
}
