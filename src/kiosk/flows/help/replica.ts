/**
 * What the kiosk keeps of help through pull: the state of emergency calls ("help-call") and each
 * member's service requests ("member-requests"). The call screen reads a call by its id only (see
 * call.ts), never by the open-call lookup below: after a reconnect, the item that lookup finds may
 * still be the kiosk's previous call, closed on the server while the kiosk could not hear it.
 */
import {
  HELP_CALL_CHANGE,
  type HelpCallState,
  MEMBER_REQUESTS_CHANGE,
  type MemberRequests,
} from '../../../shared/help/changes';
import { changeTypes } from '../../../shared/sync/pull';
import { type ReplicaType, type ReplicaTypes, replicaType } from '../../offline/pull-types';

/** The lookup of the open call of `kioskId` (closed calls get one of their own, so never match). */
export function openCallLookup(kioskId: string): string {
  return `open:${kioskId}`;
}

export const HELP_CALL_TYPE = replicaType<HelpCallState>({
  change: HELP_CALL_CHANGE,
  lookup: (call) =>
    call.closedAt === null && (call.status === 'open' || call.status === 'acknowledged')
      ? openCallLookup(call.kioskId)
      : `closed:${call.id}`,
});

export const MEMBER_REQUESTS_TYPE = replicaType<MemberRequests>({ change: MEMBER_REQUESTS_CHANGE });

/** The help types to replicate (their data is checked against each type before any lookup). */
export const HELP_REPLICA_TYPES = [
  HELP_CALL_TYPE,
  MEMBER_REQUESTS_TYPE,
] as unknown as readonly ReplicaType<unknown>[];

/**
 * The kiosk's replicated types with more added, keeping whatever the base holds (features add to
 * the base in src/kiosk/offline/roster.ts; help adds its own here without touching that list).
 */
export function withReplicaTypes(
  base: ReplicaTypes,
  extra: readonly ReplicaType<unknown>[],
): ReplicaTypes {
  // The shared registry throws on a name defined twice, as replicaTypes does.
  const registry = changeTypes(...base.registry.values(), ...extra.map((t) => t.change));
  const lookups = new Map<string, (data: unknown) => string>();
  for (const t of extra) if (t.lookup) lookups.set(t.change.type, t.lookup);
  return {
    registry,
    lookupOf: (type, data) => {
      const own = lookups.get(type);
      return own ? own(data) : base.lookupOf(type, data);
    },
    signature: [...registry.keys()].sort().join(','),
  };
}
