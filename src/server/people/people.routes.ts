/** /api/people: the admin's list of field workers and volunteers (people.manage). */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { PeopleApi } from '../../shared/people/api';
import type { ApiDeps } from '../http/deps';
import { jsonBody } from '../http/validate';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { addPerson, changePerson, listPeople } from './people.service';

export function peopleRoutes({ db, clock }: ApiDeps) {
  return new Hono<StaffEnv>()
    .get('/', requirePermission('people.manage'), async (c) =>
      c.json({ people: await listPeople(db) } satisfies Reply<typeof PeopleApi.list>, 200),
    )
    .post('/', requirePermission('people.manage'), jsonBody(PeopleApi.add.body), async (c) => {
      const person = await addPerson(db, actorOf(currentStaff(c)), c.req.valid('json'), clock());
      return c.json({ person } satisfies Reply<typeof PeopleApi.add>, 201);
    })
    .post(
      '/:id',
      requirePermission('people.manage'),
      jsonBody(PeopleApi.update.body),
      async (c) => {
        const person = await changePerson(
          db,
          actorOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('json'),
          clock(),
        );
        return c.json({ person } satisfies Reply<typeof PeopleApi.update>, 200);
      },
    );
}
