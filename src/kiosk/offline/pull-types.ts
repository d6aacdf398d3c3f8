/**
 * What the kiosk keeps of each pulled change type: the shared type (name + data schema) and,
 * where a flow must find an item by something other than its key, how to get that lookup key
 * (a member by the hash of the card in the reader). Later features (menus, acknowledgements)
 * add their own here and reuse the same store and loop.
 */
import { type ChangeType, type ChangeTypeRegistry, changeTypes } from '../../shared/sync/pull';

/** One change type as the kiosk replicates it. */
export interface ReplicaType<D = unknown> {
  readonly change: ChangeType<string, D>;
  /** A second key to find an item by; must be pure and cheap (it runs inside the write). */
  readonly lookup?: (data: D) => string;
}

/** The types a kiosk replicates, by name, with the shared registry `validateChange` needs. */
export interface ReplicaTypes {
  readonly registry: ChangeTypeRegistry;
  lookupOf(type: string, data: unknown): string | undefined;
  /** The names, sorted and joined: when it changes (a new app version), the kiosk pulls afresh. */
  readonly signature: string;
}

/** Define how one change type is kept. */
export function replicaType<D>(definition: ReplicaType<D>): ReplicaType<D> {
  return definition;
}

/** The kiosk's set of replicated types; the same name twice is a programming error. */
export function replicaTypes<const D extends unknown[]>(
  ...types: { [K in keyof D]: ReplicaType<D[K]> }
): ReplicaTypes {
  const list = types as readonly ReplicaType<unknown>[];
  const registry = changeTypes(...list.map((t) => t.change));
  const lookups = new Map<string, (data: unknown) => string>();
  for (const t of list) if (t.lookup) lookups.set(t.change.type, t.lookup);
  return {
    registry,
    lookupOf: (type, data) => lookups.get(type)?.(data),
    signature: [...registry.keys()].sort().join(','),
  };
}
