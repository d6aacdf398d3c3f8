/**
 * /api/members/:id/id-number (contract in src/shared/members/id-number-api.ts), mounted under
 * /api/members beside the register: masked for `members.idNumber`, whole only for
 * `members.idNumber.reveal`.
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { MemberIdNumberApi } from '../../shared/members/id-number-api';
import { can } from '../../shared/staff/roles';
import type { ApiDeps } from '../http/deps';
import { jsonBody, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { actorOf } from '../staff/login.service';
import {
  currentStaff,
  refused,
  requirePermission,
  type StaffEnv,
} from '../staff/session.middleware';
import { readIdNumber, saveIdNumber } from './id-number.service';

export function memberIdNumberRoutes({ db, clock }: ApiDeps) {
  const readers = requirePermission('members.idNumber');
  return new Hono<StaffEnv>()
    .get('/:id/id-number', readers, validQuery(MemberIdNumberApi.get.query), async (c) => {
      const staff = currentStaff(c);
      const reveal = c.req.valid('query').reveal === '1';
      if (reveal && !can(staff.role, 'members.idNumber.reveal'))
        throw refused('members.idNumber.reveal', staff.role);
      const answer = await readIdNumber(db, actorOf(staff), c.req.param('id'), reveal, clock());
      return c.json(answer satisfies Reply<typeof MemberIdNumberApi.get>, 200);
    })
    .put(
      '/:id/id-number',
      readers,
      strictUtf8(),
      jsonBody(MemberIdNumberApi.put.body),
      async (c) => {
        const { idNumber } = c.req.valid('json');
        const answer = await saveIdNumber(
          db,
          actorOf(currentStaff(c)),
          c.req.param('id'),
          idNumber,
          clock(),
        );
        return c.json(answer satisfies Reply<typeof MemberIdNumberApi.put>, 200);
      },
    );
}
