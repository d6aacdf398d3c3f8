/** /api/members/:id/community: a member's community for the training report (MemberCommunityApi). */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { MemberCommunityApi } from '../../shared/classes/api';
import type { CentreConfigReader } from '../config/centre-config';
import type { ApiDeps } from '../http/deps';
import { jsonBody } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { memberCommunity, setMemberCommunity } from './classes.service';

/** Mounted under /api/members, beside the register's own routes. */
export function memberCommunityRoutes(
  { db, clock }: ApiDeps,
  centre: CentreConfigReader | undefined,
) {
  return new Hono<StaffEnv>()
    .get('/:id/community', requirePermission('members.read'), async (c) =>
      c.json(
        (await memberCommunity(db, c.req.param('id'))) satisfies Reply<
          typeof MemberCommunityApi.read
        >,
        200,
      ),
    )
    .post(
      '/:id/community',
      requirePermission('members.write'),
      // A name or title of replacement characters would be saved for good: refuse bytes that
      // are not UTF-8, in words, as the register does.
      strictUtf8(),
      jsonBody(MemberCommunityApi.set.body),
      async (c) => {
        const known = (centre?.()?.centre.communities ?? []).map((k) => k.id);
        const answer = await setMemberCommunity(
          db,
          actorOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('json').community,
          known,
          clock(),
        );
        return c.json(answer satisfies Reply<typeof MemberCommunityApi.set>, 200);
      },
    );
}
