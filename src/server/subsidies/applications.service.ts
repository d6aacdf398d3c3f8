/**
 * A member's subsidy applications: the desk enters one (for a programme of subsidies.json) and
 * later the bureau's answer — approved, or refused with the reason. Each write is audited in the
 * same transaction; an application is decided once.
 */
import type { Kysely } from 'kysely';
import type { InferOutput } from 'valibot';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import type {
  Application,
  DecisionBody,
  NewApplicationBody,
} from '../../shared/subsidies/applications-api';
import { type Actor, recordAudit } from '../audit/audit.service';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { toIso } from '../db/time';
import { AppError, conflict, notFound } from '../http/errors';
import { findMember } from '../members/members.repository';
import {
  decideApplication,
  findApplication,
  insertApplication,
  selectMemberApplications,
} from './applications.repository';
import type { SubsidyApplicationRow } from './applications.table';

const noMember = () =>
  notFound('There is no member with this id; the list may be out of date.', 'member_not_found');

const decidedOnce = (row: SubsidyApplicationRow | undefined) =>
  conflict(
    'already_decided',
    `This application was already ${row?.status ?? 'decided'} on ${row?.decided_on ?? 'an earlier day'}; an application is decided once.`,
  );

function view(row: SubsidyApplicationRow): Application {
  return {
    id: row.id,
    programmeId: row.programme_id,
    appliedOn: row.applied_on,
    status: row.status,
    decidedOn: row.decided_on,
    reason: row.reason,
    note: row.note,
    by: row.staff_label,
  };
}

export async function memberApplications(db: Kysely<Database>, memberId: string) {
  if (!(await findMember(db, memberId))) throw noMember();
  return { applications: (await selectMemberApplications(db, memberId)).map(view) };
}

export async function addApplication(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  body: InferOutput<typeof NewApplicationBody>,
  programmes: readonly SubsidyProgramme[] | undefined,
  now: Date,
) {
  if (!programmes?.some((p) => p.id === body.programmeId))
    throw new AppError(
      400,
      'unknown_programme',
      `The centre's subsidies have no programme "${body.programmeId}"; choose one from the list.`,
    );
  await db.transaction().execute(async (trx) => {
    const member = await findMember(trx, memberId);
    if (!member) throw noMember();
    const id = newId();
    await insertApplication(trx, {
      id,
      member_id: memberId,
      programme_id: body.programmeId,
      applied_on: body.appliedOn,
      status: 'applied',
      decided_on: null,
      reason: null,
      note: body.note === '' ? null : body.note,
      staff_id: actor.kind === 'staff' ? actor.id : null,
      staff_label: actor.kind === 'staff' ? actor.username : actor.kind,
      created_at: toIso(now),
      updated_at: toIso(now),
    });
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'subsidy.application_added',
      subject: { type: 'member', id: memberId },
      details: {
        name: member.name,
        programme: body.programmeId,
        day: body.appliedOn,
        ...(body.note === '' ? {} : { note: body.note }),
      },
    });
  });
  return memberApplications(db, memberId);
}

export async function decideMemberApplication(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  applicationId: string,
  decision: InferOutput<typeof DecisionBody>,
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    const member = await findMember(trx, memberId);
    if (!member) throw noMember();
    const application = await findApplication(trx, memberId, applicationId);
    if (!application)
      throw notFound(
        'This member has no application with this id; the page may be out of date.',
        'application_not_found',
      );
    if (application.status !== 'applied') throw decidedOnce(application);
    if (decision.decidedOn < application.applied_on)
      throw new AppError(
        400,
        'decided_before_applied',
        `The decision cannot be before the day they applied (${application.applied_on}).`,
      );
    const reason = decision.status === 'refused' ? decision.reason : null;
    const decided = await decideApplication(trx, applicationId, {
      status: decision.status,
      decided_on: decision.decidedOn,
      reason,
      updated_at: toIso(now),
    });
    // Another desk may have decided it since it was read.
    if (!decided) throw decidedOnce(await findApplication(trx, memberId, applicationId));
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'subsidy.application_decided',
      subject: { type: 'member', id: memberId },
      details: {
        name: member.name,
        programme: application.programme_id,
        decision: decision.status,
        day: decision.decidedOn,
        ...(reason === null ? {} : { reason }),
      },
    });
  });
  return memberApplications(db, memberId);
}
