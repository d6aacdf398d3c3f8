/**
 * /api/subsidies/members/:id: what a member receives per programme, their history and their
 * applications, for the desk
 * (subsidies.register.read / .write in src/shared/staff/roles.ts; not the kitchen's or trainers').
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { SubsidyRegisterApi } from '../../shared/subsidies/api';
import { SubsidyApplicationsApi } from '../../shared/subsidies/applications-api';
import { SubsidyHistoryApi } from '../../shared/subsidies/history-api';
import type { CentreConfigReader } from '../config/centre-config';
import type { ApiDeps } from '../http/deps';
import { jsonBody } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import {
  addApplication,
  decideMemberApplication,
  memberApplications,
} from './applications.service';
import { addDeskRecord, memberHistory } from './history.service';
import { memberReceipts, saveMemberReceipts } from './register.service';

export function subsidyRegisterRoutes(deps: ApiDeps, centre: CentreConfigReader | undefined) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .get('/members/:id', requirePermission('subsidies.register.read'), async (c) => {
      const receipts = await memberReceipts(db, c.req.param('id'));
      return c.json({ receipts } satisfies Reply<typeof SubsidyRegisterApi.get>, 200);
    })
    .get('/members/:id/history', requirePermission('subsidies.register.read'), async (c) => {
      const history = await memberHistory(db, c.req.param('id'));
      return c.json(history satisfies Reply<typeof SubsidyHistoryApi.get>, 200);
    })
    .post(
      '/members/:id/history',
      requirePermission('subsidies.register.write'),
      strictUtf8(),
      jsonBody(SubsidyHistoryApi.add.body),
      async (c) => {
        const history = await addDeskRecord(
          db,
          actorOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('json'),
          centre?.()?.subsidies?.programmes,
          clock(),
        );
        return c.json(history satisfies Reply<typeof SubsidyHistoryApi.add>, 201);
      },
    )
    .get('/members/:id/applications', requirePermission('subsidies.register.read'), async (c) => {
      const answer = await memberApplications(db, c.req.param('id'));
      return c.json(answer satisfies Reply<typeof SubsidyApplicationsApi.list>, 200);
    })
    .post(
      '/members/:id/applications',
      requirePermission('subsidies.register.write'),
      strictUtf8(),
      jsonBody(SubsidyApplicationsApi.add.body),
      async (c) => {
        const answer = await addApplication(
          db,
          actorOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('json'),
          centre?.()?.subsidies?.programmes,
          clock(),
        );
        return c.json(answer satisfies Reply<typeof SubsidyApplicationsApi.add>, 201);
      },
    )
    .patch(
      '/members/:id/applications/:applicationId',
      requirePermission('subsidies.register.write'),
      strictUtf8(),
      jsonBody(SubsidyApplicationsApi.decide.body),
      async (c) => {
        const answer = await decideMemberApplication(
          db,
          actorOf(currentStaff(c)),
          c.req.param('id'),
          c.req.param('applicationId'),
          c.req.valid('json'),
          clock(),
        );
        return c.json(answer satisfies Reply<typeof SubsidyApplicationsApi.decide>, 200);
      },
    )
    .put(
      '/members/:id',
      requirePermission('subsidies.register.write'),
      strictUtf8(),
      jsonBody(SubsidyRegisterApi.put.body),
      async (c) => {
        const { receipts } = c.req.valid('json');
        const saved = await saveMemberReceipts(
          db,
          actorOf(currentStaff(c)),
          c.req.param('id'),
          receipts,
          centre?.()?.subsidies,
          clock(),
        );
        return c.json({ receipts: saved } satisfies Reply<typeof SubsidyRegisterApi.put>, 200);
      },
    );
}
