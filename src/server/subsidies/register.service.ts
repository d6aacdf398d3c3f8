/**
 * The subsidy register at the desk: what a member receives per programme, read and replaced as a
 * whole (the console edits it as one form), each change audited in its own transaction with the
 * programmes before and after. Programme ids must be ones the centre's subsidies.json has.
 */
import type { Kysely } from 'kysely';
import type { SubsidiesConfig } from '../../shared/config/subsidies';
import type { Receipt } from '../../shared/subsidies/api';
import { type Actor, recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { findMember } from '../members/members.repository';
import { replaceMemberSubsidies, selectMemberSubsidies } from './subsidies.repository';
import type { MemberSubsidyRow } from './subsidies.table';

export const toReceipt = (row: MemberSubsidyRow): Receipt => ({
  programmeId: row.programme_id,
  fen: Number(row.fen),
  since: row.since,
  suspendedFrom: row.suspended_from,
  suspendedTo: row.suspended_to,
});

async function existingMember(db: Kysely<Database>, id: string) {
  const member = await findMember(db, id);
  if (!member)
    throw notFound(
      'There is no member with this id; the list may be out of date.',
      'member_not_found',
    );
  return member;
}

export async function memberReceipts(db: Kysely<Database>, memberId: string): Promise<Receipt[]> {
  await existingMember(db, memberId);
  return (await selectMemberSubsidies(db, memberId)).map(toReceipt);
}

/** Replaces what `memberId` receives; 400 for a programme the centre does not have. */
export async function saveMemberReceipts(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  receipts: readonly Receipt[],
  config: SubsidiesConfig | undefined,
  now: Date,
): Promise<Receipt[]> {
  const known = new Set(config?.programmes.map((p) => p.id) ?? []);
  const unknown = receipts.filter((r) => !known.has(r.programmeId));
  if (unknown.length > 0)
    throw new AppError(
      400,
      'unknown_programme',
      `The centre's subsidies have no programme ${unknown.map((r) => `"${r.programmeId}"`).join(', ')}; choose one from the list.`,
    );
  return db.transaction().execute(async (trx) => {
    const member = await existingMember(trx, memberId);
    const before = (await selectMemberSubsidies(trx, memberId)).map(toReceipt);
    const rows: MemberSubsidyRow[] = receipts.map((r) => ({
      member_id: memberId,
      programme_id: r.programmeId,
      fen: r.fen,
      since: r.since,
      suspended_from: r.suspendedFrom,
      suspended_to: r.suspendedTo,
      updated_at: now.toISOString(),
    }));
    await replaceMemberSubsidies(trx, memberId, rows);
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'member.subsidies_changed',
      subject: { type: 'member', id: memberId },
      details: { name: member.name, before, after: receipts },
    });
    return (await selectMemberSubsidies(trx, memberId)).map(toReceipt);
  });
}
