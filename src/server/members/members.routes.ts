/**
 * /api/members: the register for the staff console, phones, addresses and emergency contacts
 * included: members.read to list and open, members.export for the CSV, members.write to add,
 * edit and import (the desk's, in src/shared/staff/roles.ts; not the kitchen's or trainers').
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { membersApi } from '../../shared/members/api';
import { can } from '../../shared/staff/roles';
import { csvStream } from '../http/csv-stream';
import type { ApiDeps } from '../http/deps';
import { AppError } from '../http/errors';
import { jsonBody, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { centreToday, DEFAULT_TIME_ZONE } from '../lib/centre-day';
import { csvHeaders } from '../lib/csv';
import { actorOf } from '../staff/login.service';
import {
  currentStaff,
  refused,
  requirePermission,
  type StaffEnv,
} from '../staff/session.middleware';
import { memberCsvRecord, membersCsvHeader } from './members.csv';
import { importMembers } from './members.import';
import type { MemberFilter } from './members.repository';
import { createMember, eachMember, editMember, getMember, listMembers } from './members.service';
import type { RosterRules } from './roster.service';

/** Media types a browser or a script may give a CSV upload (Windows calls .csv an Excel type). */
// Not text/plain: an HTML form on another page can send that without asking (see same-origin.ts).
const CSV_MEDIA_TYPES = /^(text\/csv|application\/csv|application\/vnd\.ms-excel)$/i;

/**
 * The routes under /api/members. Needs `staffSession` in front (createApi does that). Ages and
 * membership status are counted in the days of the centre's `timeZone`.
 */
export function memberRoutes(
  deps: ApiDeps,
  rules: RosterRules = { canteen: () => undefined, timeZone: () => DEFAULT_TIME_ZONE },
) {
  const { db, clock } = deps;
  const { timeZone } = rules;
  const today = () => centreToday(clock(), timeZone());
  const api = membersApi(today);
  const editors = requirePermission('members.write');

  return new Hono<StaffEnv>()
    .get('/', requirePermission('members.read'), validQuery(api.list.query), async (c) => {
      const { limit, cursor, format, ...rest } = c.req.valid('query');
      const filter: MemberFilter = { ...rest, today: today() };
      if (format === 'csv') {
        // The whole register in one file is its own permission: reading a page is not taking all.
        const { role } = currentStaff(c);
        if (!can(role, 'members.export')) throw refused('members.export', role);
        const day = filter.today;
        return c.body(
          csvStream(
            eachMember(deps.db, filter),
            membersCsvHeader(),
            memberCsvRecord,
            deps.log,
            'members',
          ),
          200,
          csvHeaders(`members-${day}.csv`),
        );
      }
      const page = await listMembers(db, filter, { cursor, limit });
      return c.json(page satisfies Reply<typeof api.list>, 200);
    })
    .post('/import', editors, validQuery(api.import.query), async (c) => {
      const [mediaType = '', ...params] = (c.req.header('content-type') ?? '')
        .split(';')
        .map((p) => p.trim());
      if (!CSV_MEDIA_TYPES.test(mediaType))
        throw new AppError(
          415,
          'unsupported_media_type',
          'Send the members file as CSV, with the header "Content-Type: text/csv".',
        );
      const charset = params.find((p) => /^charset=/i.test(p))?.slice('charset='.length);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const actor = actorOf(currentStaff(c));
      const { dryRun } = c.req.valid('query');
      const now = clock();
      const result = await importMembers(
        db,
        actor,
        { bytes, charset: charset?.replaceAll('"', '') },
        { dryRun, now, today: centreToday(now, timeZone()), rules },
      );
      return c.json(result satisfies Reply<typeof api.import>, 200);
    })
    .get('/:id', requirePermission('members.read'), async (c) =>
      c.json(
        { member: await getMember(db, c.req.param('id'), today()) } satisfies Reply<typeof api.get>,
        200,
      ),
    )
    .post('/', editors, strictUtf8(), jsonBody(api.create.body), async (c) => {
      const actor = actorOf(currentStaff(c));
      const now = clock();
      const member = await createMember(
        db,
        actor,
        c.req.valid('json'),
        now,
        centreToday(now, timeZone()),
        rules,
      );
      return c.json({ member } satisfies Reply<typeof api.create>, 201);
    })
    .patch('/:id', editors, strictUtf8(), jsonBody(api.edit.body), async (c) => {
      const actor = actorOf(currentStaff(c));
      const now = clock();
      const member = await editMember(
        db,
        actor,
        c.req.param('id'),
        c.req.valid('json'),
        now,
        centreToday(now, timeZone()),
        rules,
      );
      return c.json({ member } satisfies Reply<typeof api.edit>, 200);
    });
}
