/** A member's subsidy history from the bureau's lists, and their voucher balances. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { notFound } from '../http/errors';
import { findMember } from '../members/members.repository';
import { selectMemberRecords } from './records.repository';

export async function memberHistory(db: Kysely<Database>, memberId: string) {
  if (!(await findMember(db, memberId)))
    throw notFound(
      'There is no member with this id; the list may be out of date.',
      'member_not_found',
    );
  const rows = await selectMemberRecords(db, memberId);
  const balances = new Map<string, number>();
  for (const r of rows) {
    const sign = r.kind === 'voucher-issue' ? 1 : r.kind === 'voucher-use' ? -1 : 0;
    if (sign !== 0)
      balances.set(r.programme_id, (balances.get(r.programme_id) ?? 0) + sign * Number(r.fen));
  }
  return {
    records: rows.map((r) => ({
      kind: r.kind,
      programmeId: r.programme_id,
      month: r.month,
      fen: Number(r.fen),
      reason: r.reason,
      asOf: r.as_of ?? null,
    })),
    vouchers: [...balances].map(([programmeId, balanceFen]) => ({ programmeId, balanceFen })),
  };
}
