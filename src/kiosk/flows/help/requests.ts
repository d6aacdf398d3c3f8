/**
 * What the kiosk knows of one member's service requests: the server's list ("member-requests" in
 * the replica), the requests still in the outbox (not yet on the server: "waiting to be sent"),
 * cancellations not yet answered, and refusals with their reason; re-read by ../knowledge.ts.
 */
import type { LocalText } from '../../../shared/config/schema';
import {
  MEMBER_REQUESTS_CHANGE,
  type MemberRequest,
  type MemberRequests,
} from '../../../shared/help/changes';
import {
  SERVICE_CANCEL,
  SERVICE_REQUEST,
  type ServiceCancelPayload,
  type ServiceRequestPayload,
} from '../../../shared/help/kinds';
import { offline } from '../../app/offline';
import { replica } from '../../app/pull';
import { memberEntries, useMemberKnowledge } from '../knowledge';

/** One line of "my requests". */
export type RequestRow =
  | { source: 'server'; request: MemberRequest; cancelPending: boolean }
  | { source: 'outbox'; id: string; payload: ServiceRequestPayload }
  | {
      source: 'refused';
      id: string;
      kind: 'request' | 'cancel';
      category: string | null;
      reason: LocalText;
    };

export interface RequestsKnowledge {
  rows: RequestRow[];
}

/** Put together the rows from what the replica and the outbox hold. */
export function requestRows(
  published: MemberRequests | null,
  pending: { id: string; kind: string; payload: unknown }[],
  rejected: {
    id: string;
    kind: string;
    payload: unknown;
    result: { reason: { message: LocalText } };
  }[],
): RequestRow[] {
  const cancels = new Set(
    pending
      .filter((e) => e.kind === SERVICE_CANCEL.kind)
      .map((e) => (e.payload as ServiceCancelPayload).requestId),
  );
  const known = new Set(published?.requests.map((r) => r.id) ?? []);
  const byId = new Map((published?.requests ?? []).map((r) => [r.id, r]));
  return [
    ...rejected.map((e): RequestRow => {
      const isCancel = e.kind === SERVICE_CANCEL.kind;
      const category = isCancel
        ? (byId.get((e.payload as ServiceCancelPayload).requestId)?.category ?? null)
        : (e.payload as ServiceRequestPayload).category;
      return {
        source: 'refused',
        id: e.id,
        kind: isCancel ? 'cancel' : 'request',
        category,
        reason: e.result.reason.message,
      };
    }),
    ...pending
      .filter((e) => e.kind === SERVICE_REQUEST.kind && !known.has(e.id))
      .map(
        (e): RequestRow => ({
          source: 'outbox',
          id: e.id,
          payload: e.payload as ServiceRequestPayload,
        }),
      ),
    ...(published?.requests ?? []).map(
      (r): RequestRow => ({ source: 'server', request: r, cancelPending: cancels.has(r.id) }),
    ),
  ];
}

const HELP_KINDS = new Set<string>([SERVICE_REQUEST.kind, SERVICE_CANCEL.kind]);

async function load(memberId: string): Promise<RequestsKnowledge> {
  const store = replica.value;
  const o = offline.value;
  const record = store ? await store.get(MEMBER_REQUESTS_CHANGE.type, memberId) : undefined;
  const mine = <E extends { kind: string; payload: unknown }>(list: E[]) =>
    memberEntries(HELP_KINDS, memberId, list);
  return {
    rows: requestRows(
      record ? (record.data as MemberRequests) : null,
      o ? mine(await o.outbox.pending()) : [],
      o ? mine(await o.outbox.rejected(memberId)) : [],
    ),
  };
}

const NO_REQUESTS: RequestsKnowledge = { rows: [] };

/** The member's requests, null while the first read is under way; re-read as sync moves things. */
export function useRequests(memberId: string | undefined): RequestsKnowledge | null {
  return useMemberKnowledge(memberId, load, NO_REQUESTS, 'help: reading the member’s requests');
}
