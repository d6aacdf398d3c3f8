/**
 * What the server does with each entry kind: its shared definition (name + payload schema) and
 * its applier, which writes only through the transaction it is given, so the change and the
 * apply-once record commit together or not at all. This module knows no feature: features
 * define their handlers with `defineApplier`, and the composition (`../product-appliers.ts`)
 * puts them in a registry, so sync and the features never import each other back.
 */
import type { Kysely } from 'kysely';
import {
  type EntryKind,
  type EntryKindRegistry,
  entryKinds,
  type Reason,
} from '../../shared/sync/index';
import type { Database } from '../db/schema';

/** What an applier is told besides the entry. Rules use `now` (the server's clock), never kiosk time. */
export interface ApplyContext {
  kioskId: string;
  now: Date;
}

/** An entry after validation: its payload already parsed by its kind's schema. */
export interface ApplyEntry<P> {
  id: string;
  kind: string;
  payload: P;
  kioskTime: string;
}

/** The applier's answer: accepted (with what it made, sent back to the kiosk) or a final refusal. */
export type ApplyOutcome =
  | { status: 'accepted'; record?: unknown }
  | { status: 'rejected'; reason: Reason };

/** Applies one entry inside `trx`. Throwing rolls the whole entry back (the kiosk retries). */
export type Applier<P = unknown> = (
  trx: Kysely<Database>,
  entry: ApplyEntry<P>,
  ctx: ApplyContext,
) => Promise<ApplyOutcome>;

/** A kind and its applier. */
export interface EntryHandler<P = unknown> {
  kind: EntryKind<string, P>;
  apply: Applier<P>;
}

/** Pairs a shared kind with the server's applier, with the payload type carried through. */
export function defineApplier<K extends string, P>(
  kind: EntryKind<K, P>,
  apply: Applier<P>,
): EntryHandler {
  return { kind, apply } as unknown as EntryHandler;
}

/** The kinds the server validates against and the applier of each. */
export interface ApplierRegistry {
  kinds: EntryKindRegistry;
  appliers: ReadonlyMap<string, Applier>;
}

/** A registry of `handlers` (the same kind twice is a programming error). */
export function applierRegistry(handlers: readonly EntryHandler[]): ApplierRegistry {
  const kinds = entryKinds(...handlers.map((h) => h.kind));
  return { kinds, appliers: new Map(handlers.map((h) => [h.kind.kind, h.apply])) };
}
