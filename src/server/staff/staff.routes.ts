/** /api/staff: log in and out, who am I, and (admins) the staff accounts. */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { StaffApi } from '../../shared/staff/api';
import { clientAddress } from '../http/client-address';
import type { ApiDeps } from '../http/deps';
import { jsonBody, validQuery } from '../http/validate';
import { csvHeaders, UTF8_BOM } from '../lib/csv';
import { actorOf, login, logout, type StaffPrincipal } from './login.service';
import {
  clearSessionCookie,
  currentStaff,
  requirePermission,
  type StaffEnv,
  setSessionCookie,
} from './session.middleware';
import { staffCsv } from './staff.csv';
import {
  addStaff,
  changeOwnPassword,
  listStaff,
  renameStaff,
  resetStaffPassword,
  setStaffDisabled,
  setStaffRole,
} from './staff.service';

/** The signed-in staff member as the console sees them. */
function meView(p: StaffPrincipal): Reply<typeof StaffApi.me>['staff'] {
  return {
    id: p.accountId,
    name: p.name,
    nameConfirmed: p.nameConfirmed,
    username: p.username,
    role: p.role,
    session: { expiresAt: p.expiresAt, idleExpiresAt: p.idleExpiresAt },
  };
}

/** The routes under /api/staff. Needs `staffSession` in front (createApi does that). */
export function staffRoutes({ db, clock, trustProxy }: ApiDeps) {
  return new Hono<StaffEnv>()
    .post('/login', jsonBody(StaffApi.login.body), async (c) => {
      const now = clock();
      const { username, password } = c.req.valid('json');
      const address = clientAddress(c, trustProxy);
      const { token, principal } = await login(db, { username, password, address }, now);
      setSessionCookie(c, token, principal.expiresAt, now);
      return c.json({ staff: meView(principal) }, 200);
    })
    .post('/logout', async (c) => {
      await logout(db, c.get('staff'), clock());
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .get('/me', requirePermission('account.self'), (c) =>
      c.json({ staff: meView(currentStaff(c)) }, 200),
    )
    .post(
      '/me/password',
      requirePermission('account.self'),
      jsonBody(StaffApi.changePassword.body),
      async (c) => {
        await changeOwnPassword(db, currentStaff(c), c.req.valid('json'), clock());
        return c.json({ ok: true } satisfies Reply<typeof StaffApi.changePassword>, 200);
      },
    )
    .post(
      '/me/name',
      requirePermission('account.self'),
      jsonBody(StaffApi.setOwnName.body),
      async (c) => {
        const me = currentStaff(c);
        const { name } = c.req.valid('json');
        await renameStaff(db, actorOf(me), { id: me.accountId }, name, clock());
        const staff = meView({ ...me, name, nameConfirmed: true });
        return c.json({ staff } satisfies Reply<typeof StaffApi.setOwnName>, 200);
      },
    )
    .get(
      '/accounts',
      requirePermission('staff.manage'),
      validQuery(StaffApi.accounts.query),
      async (c) => {
        const accounts = await listStaff(db, clock());
        if (c.req.valid('query').format === 'csv') {
          const day = clock().toISOString().slice(0, 10);
          return c.body(UTF8_BOM + staffCsv(accounts), 200, csvHeaders(`staff-${day}.csv`));
        }
        return c.json({ accounts } satisfies Reply<typeof StaffApi.accounts>, 200);
      },
    )
    .post(
      '/accounts',
      requirePermission('staff.manage'),
      jsonBody(StaffApi.addAccount.body),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        const result = await addStaff(db, actor, c.req.valid('json'), clock());
        // A generated password is in this one response only; it is stored nowhere in clear.
        const answer: Reply<typeof StaffApi.addAccount> = {
          account: result.account,
          password: result.generatedPassword,
        };
        return c.json(answer, 201);
      },
    )
    .post(
      '/accounts/:id/role',
      requirePermission('staff.manage'),
      jsonBody(StaffApi.setRole.body),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        const { role } = c.req.valid('json');
        const account = await setStaffRole(db, actor, { id: c.req.param('id') }, role, clock());
        return c.json({ account } satisfies Reply<typeof StaffApi.setRole>, 200);
      },
    )
    .post(
      '/accounts/:id/name',
      requirePermission('staff.manage'),
      jsonBody(StaffApi.rename.body),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        const { name } = c.req.valid('json');
        const account = await renameStaff(db, actor, { id: c.req.param('id') }, name, clock());
        return c.json({ account } satisfies Reply<typeof StaffApi.rename>, 200);
      },
    )
    .post('/accounts/:id/disable', requirePermission('staff.manage'), async (c) => {
      const actor = actorOf(currentStaff(c));
      const account = await setStaffDisabled(db, actor, { id: c.req.param('id') }, true, clock());
      return c.json({ account } satisfies Reply<typeof StaffApi.disable>, 200);
    })
    .post('/accounts/:id/enable', requirePermission('staff.manage'), async (c) => {
      const actor = actorOf(currentStaff(c));
      const account = await setStaffDisabled(db, actor, { id: c.req.param('id') }, false, clock());
      return c.json({ account } satisfies Reply<typeof StaffApi.enable>, 200);
    })
    .post(
      '/accounts/:id/reset-password',
      requirePermission('staff.manage'),
      jsonBody(StaffApi.resetPassword.body),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        const { password } = c.req.valid('json');
        const result = await resetStaffPassword(
          db,
          actor,
          { id: c.req.param('id') },
          password,
          clock(),
        );
        const answer: Reply<typeof StaffApi.resetPassword> = {
          account: result.account,
          password: result.generatedPassword,
        };
        return c.json(answer, 200);
      },
    );
}
