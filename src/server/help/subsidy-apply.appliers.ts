/**
 * 帮我申请 on the server: a `subsidy.apply` entry becomes a service request of category
 * "subsidy-apply" in the console's queue — an appointment with the centre's 养老服务顾问, never a
 * call, so nothing rings and nothing escalates. It carries the programme and the documents to
 * bring as subsidies.json says them now. Applied once by its entry id like every entry; and while
 * the member's request for that programme is still open, a new tap (another day, another kiosk)
 * joins it rather than making a second.
 */
import type { Kysely } from 'kysely';
import type { SubsidiesConfig } from '../../shared/config/subsidies';
import {
  SUBSIDY_APPLY,
  SUBSIDY_APPLY_CATEGORY,
  type SubsidyApplyPayload,
} from '../../shared/subsidies/apply';
import { reason } from '../../shared/sync/index';
import type { Database } from '../db/schema';
import {
  type ApplyContext,
  type ApplyEntry,
  type ApplyOutcome,
  defineApplier,
  type EntryHandler,
} from '../sync/appliers';
import { afterRequestChange } from './help.appliers';
import {
  insertRequest,
  lockMemberApplications,
  memberExists,
  selectOpenProgrammeRequest,
} from './help.repository';

/** The centre's subsidies.json as the server reads it now (undefined: it has none). */
export type SubsidiesSource = () => SubsidiesConfig | undefined;

/** Requests a new tap for the same programme joins: staff have not finished with them. */
export const OPEN_APPLY_STATUSES = ['new', 'assigned', 'in-progress'] as const;

async function subsidyApply(
  trx: Kysely<Database>,
  entry: ApplyEntry<SubsidyApplyPayload>,
  ctx: ApplyContext,
  subsidies: SubsidiesConfig | undefined,
): Promise<ApplyOutcome> {
  const p = entry.payload;
  const programme = subsidies?.programmes.find((q) => q.id === p.programmeId);
  if (!programme)
    return {
      status: 'rejected',
      reason: reason('unknown_category', `the centre has no subsidy programme "${p.programmeId}"`),
    };
  if (!(await memberExists(trx, p.memberId)))
    return { status: 'rejected', reason: reason('unknown_card', 'no member with this id') };
  await lockMemberApplications(trx, p.memberId);
  const open = await selectOpenProgrammeRequest(
    trx,
    p.memberId,
    p.programmeId,
    OPEN_APPLY_STATUSES,
  );
  if (open) return { status: 'accepted', record: { requestId: open.id, joined: true } };
  const now = ctx.now.toISOString();
  await insertRequest(trx, {
    id: entry.id,
    kiosk_id: ctx.kioskId,
    member_id: p.memberId,
    category: SUBSIDY_APPLY_CATEGORY,
    complaint: 0,
    wanted_when: null,
    wanted_where: null,
    status: 'new',
    assignee_id: null,
    plan_day: null,
    plan_part: null,
    programme_id: programme.id,
    programme: JSON.stringify({ name: programme.name, documents: programme.documents }),
    kiosk_time: entry.kioskTime,
    created_at: now,
    updated_at: now,
  });
  await afterRequestChange(trx, entry.id, ctx.now);
  return { status: 'accepted', record: { requestId: entry.id, joined: false } };
}

/** The 帮我申请 kind, reading subsidies.json from `source` at each entry. */
export function subsidyApplyHandlers(source: SubsidiesSource): EntryHandler[] {
  // Like asking for a service: the card's proof is enough (offline too); no PIN is needed to ask
  // for an appointment, which shows nothing personal.
  return [
    defineApplier(SUBSIDY_APPLY, (trx, entry, ctx) => subsidyApply(trx, entry, ctx, source())),
  ];
}
