/**
 * The compiler, not a kiosk in a centre, catches a renamed field: calls through the console's
 * client are typed by the shared contracts, so sending or reading a field a contract does not
 * have fails `npm run lint` (tsc over the tests config). Each `@ts-expect-error` below names a
 * wrong or old field; if the contract ever accepted it, the directive itself would fail the
 * compile. The calls are only type-checked, never run.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Answer, CallInput } from '../../../src/shared/api/contract';
import { StaffApi } from '../../../src/shared/staff/api';
import type { call } from '../../../src/staff/api/client';

type Call = typeof call;

describe('the console client is typed by the shared contracts', () => {
  it('refuses a request field the contract does not have', () => {
    const typeOnly = (send: Call) => {
      void send(StaffApi.login, { body: { username: 'wangfang', password: 'x' } });
      // @ts-expect-error: the sign-in body's field is "username", not "user".
      void send(StaffApi.login, { body: { user: 'wangfang', password: 'x' } });
      // @ts-expect-error: a role must be one of the staff roles.
      void send(StaffApi.setRole, { params: { id: 'a1' }, body: { role: 'boss' } });
      // @ts-expect-error: a route with a path parameter cannot be called without it.
      void send(StaffApi.disable);
    };
    expectTypeOf(typeOnly).toBeFunction();
  });

  it('refuses reading an answer field the contract does not have', () => {
    const read = (answer: Answer<typeof StaffApi.me>) => {
      const role: string = answer.staff.role;
      // @ts-expect-error: the signed-in member's name is "name", not "fullName".
      const old: string = answer.staff.fullName;
      return [role, old];
    };
    expectTypeOf(read).returns.toEqualTypeOf<string[]>();
    expectTypeOf<Answer<typeof StaffApi.accounts>['accounts'][number]>().toHaveProperty(
      'lockedUntil',
    );
    expectTypeOf<CallInput<typeof StaffApi.resetPassword>>().toHaveProperty('params');
  });
});
