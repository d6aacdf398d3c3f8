/**
 * Entry kinds: each feature defines its kinds (name + payload schema) once here in shared code,
 * so the kiosk refuses to store a payload the server would refuse, and the server checks it.
 */
import * as v from 'valibot';
import { type OutboxEntry, OutboxEntrySchema } from './entry';
import { describeIssues, NAME } from './fields';
import { MAX_NAME } from './limits';
import { type Reason, reason } from './reasons';

/** One kind of entry: its name and the schema its payload must match. */
export interface EntryKind<K extends string = string, P = unknown> {
  readonly kind: K;
  readonly payload: v.GenericSchema<unknown, P>;
}

/** The kinds a side knows, by name. */
export type EntryKindRegistry = ReadonlyMap<string, EntryKind>;

/** Define an entry kind; the name must be dotted lowercase, like "meal.book". */
export function defineEntryKind<const K extends string, S extends v.GenericSchema>(definition: {
  kind: K;
  payload: S;
}): EntryKind<K, v.InferOutput<S>> {
  if (definition.kind.length > MAX_NAME || !NAME.test(definition.kind))
    throw new Error(
      `"${definition.kind}" is not a kind name: use dotted lowercase, like "meal.book"`,
    );
  return definition as EntryKind<K, v.InferOutput<S>>;
}

/** A registry of kinds; the same name twice is a programming error. */
export function entryKinds(...kinds: EntryKind<string, unknown>[]): EntryKindRegistry {
  const registry = new Map<string, EntryKind>();
  for (const k of kinds) {
    if (registry.has(k.kind)) throw new Error(`the entry kind "${k.kind}" is defined twice`);
    registry.set(k.kind, k as EntryKind);
  }
  return registry;
}

/** An entry that passed (with its kind and parsed payload), or the refusal to answer with. */
export type EntryCheck =
  | { ok: true; entry: OutboxEntry; definition: EntryKind; payload: unknown }
  | { ok: false; reason: Reason };

/**
 * Check one entry: its envelope, that its kind is registered, and its payload against the kind.
 * The reason's English `detail` says exactly what is wrong, for staff and logs.
 */
export function validateEntry(entry: unknown, registry: EntryKindRegistry): EntryCheck {
  const envelope = v.safeParse(OutboxEntrySchema, entry);
  if (!envelope.success)
    return { ok: false, reason: reason('invalid_entry', describeIssues(envelope.issues)) };
  const definition = registry.get(envelope.output.kind);
  if (!definition) {
    const known = [...registry.keys()].map((k) => `"${k}"`).join(', ') || 'none';
    return {
      ok: false,
      reason: reason(
        'unknown_kind',
        `kind: "${envelope.output.kind}" is not a known kind (known: ${known})`,
      ),
    };
  }
  const payload = v.safeParse(definition.payload, envelope.output.payload);
  if (!payload.success)
    return {
      ok: false,
      reason: reason('invalid_payload', describeIssues(payload.issues, 'payload')),
    };
  return { ok: true, entry: envelope.output, definition, payload: payload.output };
}
