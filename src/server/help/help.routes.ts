/**
 * /api/help: the console's emergency calls (every console is rung and may acknowledge; the desk
 * closes them), the service-request queue (the desk's; complaints for admins) and the report,
 * each route behind a permission of src/shared/staff/roles.ts. Shapes in
 * src/shared/help/api-types.ts.
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { HelpApi } from '../../shared/help/api';
import type { HelpReport } from '../../shared/help/api-types';
import { can } from '../../shared/staff/roles';
import type { CentreConfigReader } from '../config/centre-config';
import type { ApiDeps } from '../http/deps';
import { jsonBody, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { DEFAULT_TIME_ZONE } from '../lib/centre-day';
import { csvHeaders } from '../lib/csv';
import {
  currentStaff,
  refused,
  requirePermission,
  type StaffEnv,
} from '../staff/session.middleware';
import { helpReportCsv } from './help.csv';
import type { HelpEventFeed } from './help.events';
import { helpReport } from './help.report';
import {
  acknowledgeCall,
  activeCalls,
  addRequestNote,
  assignRequest,
  callsBetween,
  closeCall,
  escalationAttempts,
  getRequest,
  listAssignees,
  listRequests,
  setRequestStatus,
} from './help.service';
import { callViewFor } from './help.views';

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
      .get(
        '/calls',
        requirePermission('help.calls.alert'),
        validQuery(HelpApi.calls.query),
        async (c) => {
          const q = c.req.valid('query');
          const { role } = currentStaff(c);
          // The active calls ring every console; the days' history is the calls page's.
          const days =
            q.from !== undefined && q.to !== undefined ? { from: q.from, to: q.to } : null;
          if (days && !can(role, 'help.calls.history')) throw refused('help.calls.history', role);
          const calls = days
            ? await callsBetween(db, days.from, days.to, timeZone())
            : await activeCalls(db);
          return c.json(
            { calls: calls.map((call) => callViewFor(role, call)) } satisfies Reply<
              typeof HelpApi.calls
            >,
            200,
          );
        },
      )
      .post('/calls/:id/ack', requirePermission('help.calls.acknowledge'), async (c) => {
        const staff = currentStaff(c);
        const { view, changed } = await acknowledgeCall(db, staff, c.req.param('id'), clock());
        if (changed) await feed.pump();
        return c.json(callViewFor(staff.role, view) satisfies Reply<typeof HelpApi.ack>, 200);
      })
      .post(
        '/calls/:id/resolve',
        requirePermission('help.calls.close'),
        strictUtf8(),
        jsonBody(HelpApi.resolve.body),
        async (c) => {
          const { note } = c.req.valid('json');
          const view = await closeCall(
            db,
            currentStaff(c),
            c.req.param('id'),
            { status: 'resolved', note: note ?? null },
            clock(),
          );
          await feed.pump();
          return c.json(view satisfies Reply<typeof HelpApi.resolve>, 200);
        },
      )
      .post(
        '/calls/:id/false-alarm',
        requirePermission('help.calls.close'),
        strictUtf8(),
        jsonBody(HelpApi.falseAlarm.body),
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
          return c.json(view satisfies Reply<typeof HelpApi.falseAlarm>, 200);
        },
      )
      .get('/calls/:id/escalations', requirePermission('help.calls.history'), async (c) =>
        c.json(
          {
            attempts: await escalationAttempts(db, c.req.param('id')),
          } satisfies Reply<typeof HelpApi.escalations>,
          200,
        ),
      )
      .get(
        '/requests',
        requirePermission('help.requests.manage'),
        validQuery(HelpApi.requests.query),
        async (c) =>
          c.json(
            (await listRequests(db, currentStaff(c), c.req.valid('query'))) satisfies Reply<
              typeof HelpApi.requests
            >,
            200,
          ),
      )
      .get('/assignees', requirePermission('help.requests.manage'), async (c) =>
        c.json((await listAssignees(db)) satisfies Reply<typeof HelpApi.assignees>, 200),
      )
      .get('/requests/:id', requirePermission('help.requests.manage'), async (c) =>
        c.json(
          (await getRequest(db, currentStaff(c), c.req.param('id'))) satisfies Reply<
            typeof HelpApi.request
          >,
          200,
        ),
      )
      .post(
        '/requests/:id/assign',
        requirePermission('help.requests.manage'),
        strictUtf8(),
        jsonBody(HelpApi.assign.body),
        async (c) => {
          const view = await assignRequest(
            db,
            currentStaff(c),
            c.req.param('id'),
            c.req.valid('json'),
            clock(),
          );
          await feed.pump();
          return c.json(view satisfies Reply<typeof HelpApi.assign>, 200);
        },
      )
      .post(
        '/requests/:id/status',
        requirePermission('help.requests.manage'),
        strictUtf8(),
        jsonBody(HelpApi.status.body),
        async (c) => {
          const view = await setRequestStatus(
            db,
            currentStaff(c),
            c.req.param('id'),
            c.req.valid('json').status,
            clock(),
          );
          await feed.pump();
          return c.json(view satisfies Reply<typeof HelpApi.status>, 200);
        },
      )
      .post(
        '/requests/:id/notes',
        requirePermission('help.requests.manage'),
        strictUtf8(),
        jsonBody(HelpApi.note.body),
        async (c) => {
          const view = await addRequestNote(
            db,
            currentStaff(c),
            c.req.param('id'),
            c.req.valid('json').text,
            clock(),
          );
          await feed.pump();
          return c.json(view satisfies Reply<typeof HelpApi.note>, 200);
        },
      )
      .get(
        '/report',
        requirePermission('help.report'),
        validQuery(HelpApi.report.query),
        async (c) =>
          c.json(
            (await report(c.req.valid('query').month)) satisfies Reply<typeof HelpApi.report>,
            200,
          ),
      )
      // Complaints are counted here by category: help.report is admin's, as complaints are.
      .get(
        '/report.csv',
        requirePermission('help.report'),
        validQuery(HelpApi.report.query),
        async (c) => {
          const { month } = c.req.valid('query');
          const categories = centre?.()?.help?.categories ?? [];
          const name = (id: string) => categories.find((k) => k.id === id)?.label['zh-Hans'] ?? id;
          return new Response(helpReportCsv(await report(month), name), {
            status: 200,
            headers: csvHeaders(`help-${month}.csv`),
          });
        },
      )
  );
}
