/**
 * The presenter screen's routes (contracts in src/shared/classes/presenter.ts), for trainers and
 * admins (`classes.present`): the session's seats, and marking a seat's volunteer light handled.
 * Also starts telling consoles of seats that kiosks' pushes move (`class.seat` on /api/events).
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import type { PresenterApi } from '../../shared/classes/presenter';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { describeError } from '../http/log';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { presenter, seatHandled, watchSeats } from './presenter.service';

export function presenterRoutes({ db, clock, log, events }: ApiDeps & EventDeps) {
  const present = requirePermission('classes.present');
  watchSeats(db, events, clock, (error) =>
    log({ level: 'error', msg: 'class seats: telling consoles', error: describeError(error) }),
  );
  const viewer = (staff: { accountId: string; role: string }) => ({
    id: staff.accountId,
    role: staff.role,
  });
  return new Hono<StaffEnv>()
    .get('/sessions/:id/presenter', present, async (c) =>
      c.json(
        (await presenter(db, viewer(currentStaff(c)), c.req.param('id'))) satisfies Reply<
          typeof PresenterApi.read
        >,
        200,
      ),
    )
    .post('/sessions/:id/seats/:kioskId/handled', present, async (c) => {
      const seat = await seatHandled(
        db,
        events,
        viewer(currentStaff(c)),
        c.req.param('id'),
        c.req.param('kioskId'),
      );
      return c.json({ seat } satisfies Reply<typeof PresenterApi.handled>, 200);
    });
}
