/**
 * The outbox with every entry checked before it is stored, against its kind's schema when the
 * kinds are given, else against the envelope every entry shares (bounded JSON, ids, times). The
 * kiosk's own outbox stores unchecked (outbox.ts says why); tests, the fault harness and tools
 * that build entries from loose data use this one, so a wrong entry fails loudly there.
 */
import * as v from 'valibot';
import { type OutboxEntry, OutboxEntrySchema } from '../../shared/sync/entry';
import { describeIssues } from '../../shared/sync/fields';
import { type EntryKindRegistry, validateEntry } from '../../shared/sync/kinds';
import { type Outbox, type OutboxOptions, openOutbox } from './outbox';

export interface CheckedOutboxOptions extends Omit<OutboxOptions, 'check'> {
  /** When given, `add` refuses a kind or payload the server would refuse. */
  kinds?: EntryKindRegistry;
}

/** What the server would refuse in an entry's shape, kind or payload, if anything. */
export function entryProblem(
  kinds?: EntryKindRegistry,
): (entry: OutboxEntry) => string | undefined {
  return (entry) => {
    if (kinds) {
      const check = validateEntry(entry, kinds);
      return check.ok ? undefined : check.reason.detail;
    }
    const check = v.safeParse(OutboxEntrySchema, entry);
    return check.success ? undefined : describeIssues(check.issues);
  };
}

/** `openOutbox`, refusing every entry `entryProblem` finds wrong. */
export function openCheckedOutbox(options: CheckedOutboxOptions): Promise<Outbox> {
  const { kinds, ...rest } = options;
  return openOutbox({ ...rest, check: entryProblem(kinds) });
}
