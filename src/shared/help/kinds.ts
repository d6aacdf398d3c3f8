/**
 * The elder's help actions as outbox entries. Like every entry they survive a dead network and a
 * reload, and the server applies each id once. The entry's own `kioskTime` is when the elder
 * pressed (the console shows how late a call arrived); the server stamps when it got it.
 */
import * as v from 'valibot';
import type { HELP_ASKS } from '../config/help';
import { defineEntryKind } from '../sync/kinds';
import { HELP_CALL_KIND, STAFF_CALL_KIND } from './kind-names';

const ID = (what: string) =>
  v.pipe(
    v.string(`must be the ${what} in text`),
    v.minLength(1, 'must not be empty'),
    v.maxLength(64, 'must be at most 64 characters'),
  );

/** When an elder wants a service done. */
export const HELP_WHEN = ['today', 'tomorrow', 'this-week'] as const;
export type HelpWhen = (typeof HELP_WHEN)[number];

/** Where an elder wants a service done. */
export const HELP_WHERE = ['here', 'home'] as const;
export type HelpWhere = (typeof HELP_WHERE)[number];

/**
 * The emergency button's countdown ended (or was cancelled). `memberId` is set when an elder had
 * identified in this session. A call cancelled inside the countdown is still sent, with
 * `cancelled: true`, so false alarms are counted, but it alerts nobody.
 *
 * The server joins a call to the open call of the same kiosk (not resolved, not a false alarm)
 * rather than opening a second one: an elder pressing again and again makes one call.
 */
export const HELP_CALL = defineEntryKind({
  kind: HELP_CALL_KIND,
  payload: v.strictObject({
    memberId: v.nullable(ID('member id')),
    cancelled: v.boolean('must be true or false'),
  }),
});
export type HelpCallPayload = v.InferOutput<typeof HELP_CALL.payload>;

/**
 * 呼叫工作人员: a non-urgent call for a person to come to this kiosk ("请到大厅 1 来一下"). Anyone
 * may call staff, so `memberId` is set only when an elder had identified. The server keeps it as a
 * call of kind "staff": acknowledged by name like an emergency, but never escalated to the duty
 * line, never an alarm sound on the console, and listed after emergencies. Presses while this
 * kiosk's staff call is open join it; an emergency is always a call of its own.
 */
export const STAFF_CALL = defineEntryKind({
  kind: STAFF_CALL_KIND,
  payload: v.strictObject({ memberId: v.nullable(ID('member id')) }),
});
export type StaffCallPayload = v.InferOutput<typeof STAFF_CALL.payload>;

/**
 * Ask for a service of a help.json category. `when` and `where` are given exactly when the
 * category asks them. `memberId` is null only for a complaint category (anonymous allowed).
 */
export const SERVICE_REQUEST = defineEntryKind({
  kind: 'service.request',
  payload: v.strictObject({
    memberId: v.nullable(ID('member id')),
    category: ID('category id'),
    when: v.nullable(v.picklist(HELP_WHEN, `must be ${HELP_WHEN.join(', ')} or null`)),
    where: v.nullable(v.picklist(HELP_WHERE, `must be ${HELP_WHERE.join(', ')} or null`)),
  }),
});
export type ServiceRequestPayload = v.InferOutput<typeof SERVICE_REQUEST.payload>;

/** The elder cancels their own request (named by the id of the entry that made it) before work starts. */
export const SERVICE_CANCEL = defineEntryKind({
  kind: 'service.cancel',
  payload: v.strictObject({ memberId: ID('member id'), requestId: ID('request id') }),
});
export type ServiceCancelPayload = v.InferOutput<typeof SERVICE_CANCEL.payload>;

/** Which answers a category needs: exactly the questions it asks. */
export function answersNeeded(asks: readonly (typeof HELP_ASKS)[number][] | undefined) {
  return { when: asks?.includes('when') ?? false, where: asks?.includes('where') ?? false };
}
