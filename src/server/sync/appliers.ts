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
  /**
   * Adds a row to `table` in this entry's transaction, written together with the rows the
   * batch's other entries add there (one insert per table per push: batch-inserts.ts). Only for
   * rows nothing reads back before the push commits; anything read or checked (a booking's
   * conflict) is written through `trx` at once.
   */
  insertLater: (table: string, row: Record<string, unknown>) => void;
}

/**
 * How far the server believes the member an entry names (`payload.memberId`), from its proof
 * (proof.service.ts): `proven` by a valid proof; `legacy`, queued before proofs and taken once as
 * before; `claimed` only, which only an emergency kind is ever applied with; `none` named.
 */
export type MemberIdentity = 'proven' | 'legacy' | 'claimed' | 'none';

/** An entry after validation: its payload already parsed by its kind's schema. */
export interface ApplyEntry<P> {
  id: string;
  kind: string;
  payload: P;
  kioskTime: string;
  identity: MemberIdentity;
}

/**
 * What a kind asks of the proof of an entry naming a member. By default a valid proof (card on
 * this kiosk, in this session); `pin` also asks the member's PIN where they have one (the kinds
 * that change what the elder sees only on their personal screens); `emergency` applies the entry
 * even without a valid proof, telling the applier the member is only `claimed`.
 */
export interface IdentityPolicy {
  pin?: boolean;
  emergency?: boolean;
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

/** A kind, its applier, and what it asks of a proof. */
export interface EntryHandler<P = unknown> {
  kind: EntryKind<string, P>;
  apply: Applier<P>;
  identity: IdentityPolicy;
}

/** Pairs a shared kind with the server's applier, with the payload type carried through. */
export function defineApplier<K extends string, P>(
  kind: EntryKind<K, P>,
  apply: Applier<P>,
  identity: IdentityPolicy = {},
): EntryHandler {
  return { kind, apply, identity } as unknown as EntryHandler;
}

/** The kinds the server validates against, the applier of each, and its identity policy. */
export interface ApplierRegistry {
  kinds: EntryKindRegistry;
  appliers: ReadonlyMap<string, Applier>;
  identity: ReadonlyMap<string, IdentityPolicy>;
}

/** A registry of `handlers` (the same kind twice is a programming error). */
export function applierRegistry(handlers: readonly EntryHandler[]): ApplierRegistry {
  const kinds = entryKinds(...handlers.map((h) => h.kind));
  return {
    kinds,
    appliers: new Map(handlers.map((h) => [h.kind.kind, h.apply])),
    identity: new Map(handlers.map((h) => [h.kind.kind, h.identity ?? {}])),
  };
}
