/**
 * /api/classes, beside classes.routes.ts: a session's changes (edit, cancel, delete: contracts in
 * src/shared/classes/session-changes-api.ts) and completion and certificates
 * (src/shared/classes/completion-api.ts), for trainers and admins (`classes.manage`).
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { CompletionApi } from '../../shared/classes/completion-api';
import { SessionChangesApi } from '../../shared/classes/session-changes-api';
import type { CentreConfigReader } from '../config/centre-config';
import type { ApiDeps } from '../http/deps';
import { AppError } from '../http/errors';
import { jsonBody, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { centreToday } from '../lib/centre-day';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { viewerOf } from './classes.routes';
import { certificate, courseCompletion, learnerCompletion } from './completion.service';
import { cancelSession, editSession, removeSession } from './session-changes.service';

export function classRecordsRoutes({ db, clock }: ApiDeps, centre: CentreConfigReader | undefined) {
  const manage = requirePermission('classes.manage');
  return new Hono<StaffEnv>()
    .patch(
      '/sessions/:id',
      manage,
      strictUtf8(),
      jsonBody(SessionChangesApi.edit.body),
      async (c) => {
        const detail = await editSession(
          db,
          viewerOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('json'),
          clock(),
        );
        return c.json(detail satisfies Reply<typeof SessionChangesApi.edit>, 200);
      },
    )
    .post(
      '/sessions/:id/cancel',
      manage,
      strictUtf8(),
      jsonBody(SessionChangesApi.cancel.body),
      async (c) => {
        const detail = await cancelSession(
          db,
          viewerOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('json').reason,
          clock(),
        );
        return c.json(detail satisfies Reply<typeof SessionChangesApi.cancel>, 200);
      },
    )
    .delete('/sessions/:id', manage, async (c) => {
      const answer = await removeSession(db, viewerOf(currentStaff(c)), c.req.param('id'), clock());
      return c.json(answer satisfies Reply<typeof SessionChangesApi.remove>, 200);
    })
    .get('/learners/:id', manage, async (c) =>
      c.json(
        (await learnerCompletion(db, viewerOf(currentStaff(c)), c.req.param('id'))) satisfies Reply<
          typeof CompletionApi.learner
        >,
        200,
      ),
    )
    .get('/courses/:id/completion', manage, async (c) =>
      c.json(
        (await courseCompletion(db, viewerOf(currentStaff(c)), c.req.param('id'))) satisfies Reply<
          typeof CompletionApi.course
        >,
        200,
      ),
    )
    .get(
      '/learners/:id/certificate',
      manage,
      validQuery(CompletionApi.certificate.query),
      async (c) => {
        const answer = await certificate(
          db,
          viewerOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('query').course,
          () => {
            const config = centre?.();
            if (!config)
              throw new AppError(503, 'no_centre_config', 'The centre’s config cannot be read.');
            return {
              name: config.centre.name,
              today: centreToday(clock(), config.centre.timeZone),
            };
          },
        );
        return c.json(answer satisfies Reply<typeof CompletionApi.certificate>, 200);
      },
    );
}
