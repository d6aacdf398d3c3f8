/**
 * Pull: the kiosk asks for what changed since its cursor (config, menus, acknowledgements...) and
 * keeps the last good copy. Each feature defines its change types; a kiosk ignores types it does
 * not know yet, but still moves its cursor on.
 */
import * as v from 'valibot';
import { describeIssues, KioskIdField, NAME, record, TimeField } from './fields';
import { MAX_CHANGES, MAX_NAME } from './limits';
import { PublicProofKeyField } from './proof';

/** Cursors and keys are opaque to the kiosk; this bounds them. */
const MAX_CURSOR = 200;

/** The body of POST /api/sync/pull: `cursor` null for everything (first start, lost cache). */
export interface PullRequest {
  kioskId: string;
  cursor: string | null;
}

export const PullRequestSchema: v.GenericSchema<PullRequest> = record({
  kioskId: KioskIdField,
  cursor: v.nullable(
    v.pipe(
      v.string('must be the cursor from the last pull, or null'),
      v.maxLength(MAX_CURSOR, `must be at most ${MAX_CURSOR} characters`),
    ),
    // No second argument: valibot reads it as the value for null, not as a message.
  ),
});

/** One change: put (new or replaced) or delete the item `key` of a type, e.g. "menu" / "2026-11-24". */
export interface Change {
  type: string;
  key: string;
  op: 'put' | 'delete';
  data?: unknown;
}

const ChangeSchema: v.GenericSchema<Change> = record({
  type: v.pipe(
    v.string('must be a change type in text'),
    v.maxLength(MAX_NAME, `must be at most ${MAX_NAME} characters`),
    v.regex(NAME, 'must be a change type like "menu" or "help-call.ack"'),
  ),
  key: v.pipe(
    v.string('must be a key in text'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(MAX_CURSOR, `must be at most ${MAX_CURSOR} characters`),
  ),
  op: v.picklist(['put', 'delete'], 'must be "put" or "delete"'),
  data: v.optional(v.unknown()),
});

/**
 * The centre is moving to a new address (issue #17): go to `to` once nothing is waiting in the
 * outbox, and enroll there with `token` (single-use, for this kiosk only, until `expiresAt`).
 */
export interface SyncMove {
  to: string;
  token: string;
  expiresAt: string;
}

const SyncMoveSchema: v.GenericSchema<SyncMove> = record({
  to: v.pipe(
    v.string('must be the new address in text'),
    v.maxLength(MAX_CURSOR, `must be at most ${MAX_CURSOR} characters`),
    v.regex(/^https:\/\/[^/?#\s]+$/, 'must be an https:// origin like https://nuanxin.lan:8443'),
  ),
  token: v.pipe(
    v.string('must be the move token in text'),
    v.regex(/^[A-Za-z0-9_-]{20,100}$/, 'must be a move token'),
  ),
  expiresAt: TimeField,
});

/** What changed since the cursor; `more` asks the kiosk to pull again at once with `cursor`. */
export interface PullResponse {
  cursor: string;
  changes: Change[];
  more: boolean;
  serverTime: string;
  /** The server's public key (SPKI base64) the kiosk seals identifications with (proof.ts). */
  proofKey?: string;
  /** Only on the old address while the centre moves: where to go, and the way in there. */
  move?: SyncMove;
  /**
   * The database's identity: another value means it was restored from a backup (or replaced),
   * and the kiosk resends the sent entries it kept, which the server applies if it lacks them.
   */
  database?: string;
  /** Entries accepted before this are in a backup that reached the second place: forget them. */
  backupAt?: string;
}

export const PullResponseSchema: v.GenericSchema<PullResponse> = record({
  cursor: v.pipe(
    v.string('must be a cursor in text'),
    v.maxLength(MAX_CURSOR, `must be at most ${MAX_CURSOR} characters`),
  ),
  changes: v.pipe(
    v.array(ChangeSchema, 'must be a list [ … ] of changes'),
    v.maxLength(MAX_CHANGES, `must hold at most ${MAX_CHANGES} changes; set more: true`),
  ),
  more: v.boolean('must be true or false'),
  serverTime: TimeField,
  proofKey: v.optional(PublicProofKeyField),
  move: v.optional(SyncMoveSchema),
  database: v.optional(
    v.pipe(
      v.string('must be the database identity in text'),
      v.maxLength(MAX_CURSOR, `must be at most ${MAX_CURSOR} characters`),
    ),
  ),
  backupAt: v.optional(TimeField),
});

/** One type of change and the schema of its data (checked on "put"). */
export interface ChangeType<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: v.GenericSchema<unknown, D>;
}

/** Define a change type, like `defineChangeType({ type: 'menu', data: MenuSchema })`. */
export function defineChangeType<const T extends string, S extends v.GenericSchema>(definition: {
  type: T;
  data: S;
}): ChangeType<T, v.InferOutput<S>> {
  if (definition.type.length > MAX_NAME || !NAME.test(definition.type))
    throw new Error(`"${definition.type}" is not a change type name: use dotted lowercase`);
  return definition as ChangeType<T, v.InferOutput<S>>;
}

/** The change types a side knows, by name. */
export type ChangeTypeRegistry = ReadonlyMap<string, ChangeType>;

/** A registry of change types; the same name twice is a programming error. */
export function changeTypes(...types: ChangeType<string, unknown>[]): ChangeTypeRegistry {
  const registry = new Map<string, ChangeType>();
  for (const t of types) {
    if (registry.has(t.type)) throw new Error(`the change type "${t.type}" is defined twice`);
    registry.set(t.type, t as ChangeType);
  }
  return registry;
}

/** A change checked against its type: usable, skipped (unknown type), or broken (say why). */
export type ChangeCheck =
  | { status: 'ok'; change: Change; data: unknown }
  | { status: 'unknown_type'; change: Change }
  | { status: 'invalid'; change: Change; detail: string };

/** Check a change's data against its registered type. */
export function validateChange(change: Change, registry: ChangeTypeRegistry): ChangeCheck {
  const definition = registry.get(change.type);
  if (!definition) return { status: 'unknown_type', change };
  if (change.op === 'delete') return { status: 'ok', change, data: undefined };
  const data = v.safeParse(definition.data, change.data);
  return data.success
    ? { status: 'ok', change, data: data.output }
    : { status: 'invalid', change, detail: describeIssues(data.issues, 'data') };
}
