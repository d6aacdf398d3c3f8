/**
 * Members' ID numbers at the desk: read masked, revealed whole (audited, for the roles the role
 * map allows), set or cleared (audited, the details masked: the audit log is read by people who
 * may not see the number whole). One number names one member.
 */
import type { Kysely } from 'kysely';
import { maskIdNumber, normalizeIdNumber } from '../../shared/members/id-number';
import { type Actor, recordAudit } from '../audit/audit.service';
import { isUniqueViolation } from '../db/errors';
import type { Database } from '../db/schema';
import { conflict, notFound } from '../http/errors';
import { selectIdNumber, writeIdNumber } from './id-number.repository';
import { findMember } from './members.repository';

export interface IdNumberView {
  idNumber: string | null;
  masked: boolean;
}

async function existingMember(db: Kysely<Database>, id: string) {
  const member = await findMember(db, id);
  if (!member)
    throw notFound(
      'There is no member with this id; the list may be out of date.',
      'member_not_found',
    );
  return member;
}

const view = (id: string | undefined, reveal: boolean): IdNumberView =>
  id === undefined
    ? { idNumber: null, masked: !reveal }
    : { idNumber: reveal ? id : maskIdNumber(id), masked: !reveal };

/** The member's number, masked; whole when `reveal` (the caller checked the permission). */
export async function readIdNumber(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  reveal: boolean,
  now: Date,
): Promise<IdNumberView> {
  const member = await existingMember(db, memberId);
  const id = await selectIdNumber(db, memberId);
  if (reveal && id !== undefined)
    await recordAudit(db, {
      at: now,
      actor,
      action: 'member.id_number_revealed',
      subject: { type: 'member', id: memberId },
      details: { name: member.name },
    });
  return view(id, reveal);
}

/** Sets (or with null clears) the member's number; 409 when another member has it. */
export async function saveIdNumber(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  idNumber: string | null,
  now: Date,
): Promise<IdNumberView> {
  const next = idNumber === null ? null : normalizeIdNumber(idNumber);
  try {
    return await db.transaction().execute(async (trx) => {
      const member = await existingMember(trx, memberId);
      const before = await selectIdNumber(trx, memberId);
      if ((before ?? null) === next) return view(before, false);
      await writeIdNumber(trx, memberId, next, now.toISOString());
      await recordAudit(trx, {
        at: now,
        actor,
        action: 'member.id_number_changed',
        subject: { type: 'member', id: memberId },
        details: {
          name: member.name,
          before: before === undefined ? null : maskIdNumber(before),
          after: next === null ? null : maskIdNumber(next),
        },
      });
      return view(next ?? undefined, false);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw conflict(
      'id_number_taken',
      'Another member already has this ID number; check both records before changing either.',
    );
  }
}
