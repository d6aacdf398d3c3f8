/**
 * What the server does with a kiosk's help entries: emergency calls (joined per kiosk while one
 * is open), service requests checked against the current help.json, and an elder's cancel. Every
 * change publishes the kiosk's view (feed) and logs the console's event in the same transaction.
 */
import type { Kysely } from 'kysely';
import type { HelpConfig } from '../../shared/config/help';
import { ELDER_CANCELLABLE, type HelpCallKind } from '../../shared/help/changes';
import {
  answersNeeded,
  HELP_CALL,
  type HelpCallPayload,
  SERVICE_CANCEL,
  SERVICE_REQUEST,
  type ServiceCancelPayload,
  type ServiceRequestPayload,
  STAFF_CALL,
  type StaffCallPayload,
} from '../../shared/help/kinds';
import { reason } from '../../shared/sync/index';
import type { Database } from '../db/schema';
import {
  type ApplyContext,
  type ApplyEntry,
  type ApplyOutcome,
  defineApplier,
  type EntryHandler,
} from '../sync/appliers';
import { publishChange } from '../sync/changes';
import { recordHelpEvent } from './help.events';
import {
  addPress,
  insertCall,
  insertRequest,
  lockKioskCalls,
  markCallOutOfFeed,
  memberExists,
  selectLiveCall,
  selectRequest,
  selectStaleFeedCalls,
  updateRequestStatus,
} from './help.repository';
import { loadCallView, loadRequestView, publishCall, publishMemberRequests } from './help.views';

/** The centre's help.json as the server reads it now (undefined: the centre offers no help). */
export type HelpSource = () => HelpConfig | undefined;

/** A closed call's "help-call" item stays in the kiosks' feed this long, then is deleted. */
export const CLOSED_CALL_FEED_MS = 24 * 60 * 60 * 1000;

/** Calls a new press joins instead of opening another. */
const LIVE_CALL_STATUSES = ['open', 'acknowledged'] as const;

/**
 * Deletes from the feed the calls closed more than a day ago. Done on the next call change
 * rather than by a timer: a kiosk only ever shows its newest open call, so a stale closed item
 * harms nothing, and the feed stays in step with the transaction that tidies it.
 */
export async function sweepClosedCalls(trx: Kysely<Database>, now: Date): Promise<void> {
  const before = new Date(now.getTime() - CLOSED_CALL_FEED_MS).toISOString();
  const stale = await selectStaleFeedCalls(trx, before);
  for (const { id } of stale) {
    await publishChange(trx, { type: 'help-call', key: id, op: 'delete', at: now });
    await markCallOutOfFeed(trx, id);
  }
}

/**
 * An emergency press. Cancelled within the countdown: logged as "cancelled" for the counts, and
 * nothing else (no event, no feed, no escalation). Otherwise it joins this kiosk's live call as
 * one more press, or opens one. An unknown member id never refuses an emergency: the call goes
 * out without a name; a member named without a valid proof is kept but marked not checked.
 */
async function helpCall(
  trx: Kysely<Database>,
  entry: ApplyEntry<HelpCallPayload>,
  ctx: ApplyContext,
): Promise<ApplyOutcome> {
  const p = entry.payload;
  const memberId = p.memberId !== null && (await memberExists(trx, p.memberId)) ? p.memberId : null;
  // Without a valid proof the member is only claimed: the console says "not checked".
  const checked = memberId === null || entry.identity === 'proven' ? 1 : 0;
  const now = ctx.now.toISOString();
  const pressedAt = new Date(entry.kioskTime).toISOString();
  if (p.cancelled) {
    await insertCall(trx, {
      id: entry.id,
      kiosk_id: ctx.kioskId,
      member_id: memberId,
      pressed_at: pressedAt,
      received_at: now,
      presses: 1,
      status: 'cancelled',
      ack_by: null,
      ack_at: null,
      resolved_by: null,
      closed_at: now,
      escalated_at: null,
      note: null,
      in_feed: 0,
      member_checked: checked,
    });
    return { status: 'accepted', record: { callId: entry.id, status: 'cancelled' } };
  }
  return openOrJoin(trx, entry, ctx, 'emergency', memberId);
}

/**
 * 呼叫工作人员: like an emergency press it opens a call (or joins this kiosk's open staff call), is
 * shown on every console and acknowledged by name, but it is of kind "staff": the escalation timer
 * ignores it and the console rings no alarm. An unknown member id is dropped, as for an emergency:
 * anyone may call staff.
 */
async function staffCall(
  trx: Kysely<Database>,
  entry: ApplyEntry<StaffCallPayload>,
  ctx: ApplyContext,
): Promise<ApplyOutcome> {
  const p = entry.payload;
  const memberId = p.memberId !== null && (await memberExists(trx, p.memberId)) ? p.memberId : null;
  return openOrJoin(trx, entry, ctx, 'staff', memberId);
}

/** Joins this kiosk's live call of `kind` as one more press, or opens one; tells kiosks and consoles. */
async function openOrJoin(
  trx: Kysely<Database>,
  entry: ApplyEntry<unknown>,
  ctx: ApplyContext,
  kind: HelpCallKind,
  memberId: string | null,
): Promise<ApplyOutcome> {
  const now = ctx.now.toISOString();
  const pressedAt = new Date(entry.kioskTime).toISOString();
  // Without a valid proof the member is only claimed: the console says "not checked".
  const checked = memberId === null || entry.identity === 'proven' ? 1 : 0;
  await lockKioskCalls(trx, ctx.kioskId);
  const live = await selectLiveCall(trx, ctx.kioskId, kind, LIVE_CALL_STATUSES);
  let callId: string;
  if (live) {
    callId = live.id;
    // A later press by an identified elder names a call that began anonymous.
    await addPress(trx, live.id, live.member_id === null ? memberId : null, checked);
  } else {
    callId = entry.id;
    await insertCall(trx, {
      id: entry.id,
      kind,
      kiosk_id: ctx.kioskId,
      member_id: memberId,
      pressed_at: pressedAt,
      received_at: now,
      presses: 1,
      status: 'open',
      ack_by: null,
      ack_at: null,
      resolved_by: null,
      closed_at: null,
      escalated_at: null,
      note: null,
      in_feed: 1,
      member_checked: checked,
    });
  }
  await sweepClosedCalls(trx, ctx.now);
  const view = await loadCallView(trx, callId);
  if (!view) throw new Error(`help call ${callId} vanished inside its own transaction`);
  await publishCall(trx, view, ctx.now);
  await recordHelpEvent(trx, { type: 'help.call', view }, ctx.now);
  return {
    status: 'accepted',
    record: { callId, status: view.status, presses: view.presses, joined: live !== undefined },
  };
}

async function serviceRequest(
  trx: Kysely<Database>,
  entry: ApplyEntry<ServiceRequestPayload>,
  ctx: ApplyContext,
  help: HelpConfig | undefined,
): Promise<ApplyOutcome> {
  const p = entry.payload;
  const category = help?.categories.find((c) => c.id === p.category);
  if (!category)
    return {
      status: 'rejected',
      reason: reason('unknown_category', `the centre has no help category "${p.category}"`),
    };
  const complaint = category.complaint === true;
  if (p.memberId === null && !complaint)
    return {
      status: 'rejected',
      reason: reason('invalid_payload', `memberId: "${p.category}" needs an identified member`),
    };
  const needs = answersNeeded(category.asks);
  for (const ask of ['when', 'where'] as const)
    if ((p[ask] !== null) !== needs[ask])
      return {
        status: 'rejected',
        reason: reason(
          'invalid_payload',
          needs[ask]
            ? `${ask}: "${p.category}" asks ${ask}; it is missing`
            : `${ask}: "${p.category}" does not ask ${ask}; send null`,
        ),
      };
  if (p.memberId !== null && !(await memberExists(trx, p.memberId)))
    return { status: 'rejected', reason: reason('unknown_card', 'no member with this id') };
  const now = ctx.now.toISOString();
  await insertRequest(trx, {
    id: entry.id,
    kiosk_id: ctx.kioskId,
    member_id: p.memberId,
    category: p.category,
    complaint: complaint ? 1 : 0,
    wanted_when: p.when,
    wanted_where: p.where,
    status: 'new',
    assignee_id: null,
    plan_day: null,
    plan_part: null,
    kiosk_time: entry.kioskTime,
    created_at: now,
    updated_at: now,
  });
  await afterRequestChange(trx, entry.id, ctx.now);
  return { status: 'accepted', record: { requestId: entry.id } };
}

/** The member's list to the feed and the event to the consoles, after any request change. */
export async function afterRequestChange(trx: Kysely<Database>, id: string, now: Date) {
  const view = await loadRequestView(trx, id);
  if (!view) throw new Error(`service request ${id} vanished inside its own transaction`);
  if (view.member) await publishMemberRequests(trx, view.member.id, now);
  await recordHelpEvent(trx, { type: 'help.request', view }, now);
  return view;
}

async function serviceCancel(
  trx: Kysely<Database>,
  p: ServiceCancelPayload,
  ctx: ApplyContext,
): Promise<ApplyOutcome> {
  const request = await selectRequest(trx, p.requestId);
  if (!request || request.member_id !== p.memberId)
    return { status: 'rejected', reason: reason('no_such_request') };
  // Cancelling twice (two kiosks, or a resend with a new id) is still "cancelled".
  if (request.status === 'cancelled')
    return { status: 'accepted', record: { requestId: request.id } };
  if (!ELDER_CANCELLABLE.includes(request.status))
    return {
      status: 'rejected',
      reason: reason('request_started', `the request is ${request.status}`),
    };
  await updateRequestStatus(trx, request.id, 'cancelled', ctx.now.toISOString());
  await afterRequestChange(trx, request.id, ctx.now);
  return { status: 'accepted', record: { requestId: request.id } };
}

/** The help kinds and their appliers, reading help.json from `source` at each entry. */
export function helpHandlers(source: HelpSource): EntryHandler[] {
  return [
    // An emergency is never refused for want of proof; its member is then shown as not checked.
    defineApplier(HELP_CALL, (trx, entry, ctx) => helpCall(trx, entry, ctx), { emergency: true }),
    // Nor is a call for staff: anyone may call a person, and a claimed member is shown unchecked.
    defineApplier(STAFF_CALL, (trx, entry, ctx) => staffCall(trx, entry, ctx), { emergency: true }),
    // Asking for a service needs the card only (offline too); cancelling one is done from the
    // elder's own list of requests, a personal record: the PIN as well, where they have one.
    defineApplier(SERVICE_REQUEST, (trx, entry, ctx) => serviceRequest(trx, entry, ctx, source())),
    defineApplier(SERVICE_CANCEL, (trx, entry, ctx) => serviceCancel(trx, entry.payload, ctx), {
      pin: true,
    }),
  ];
}
