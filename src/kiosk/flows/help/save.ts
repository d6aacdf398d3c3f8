/**
 * Saving the elder's service requests and cancellations: to the outbox (on disk) before any screen
 * says so; then the "sent" screen waits a moment for the server and says what is true: sent,
 * refused (with the reason), or saved and to be sent once the network is back.
 */
import * as v from 'valibot';
import {
  SERVICE_CANCEL,
  SERVICE_REQUEST,
  type ServiceRequestPayload,
} from '../../../shared/help/kinds';
import type { EntryKind } from '../../../shared/sync/kinds';
import { logError } from '../../app/device';
import { offline } from '../../app/offline';
import type { StoredEntry } from '../../offline/db';
import { lastSaved } from './draft';

/** The kiosk's outbox did not open at boot: nothing can be saved (staff see the boot error). */
export class NoOutboxError extends Error {
  constructor() {
    super('the outbox is not open');
    this.name = 'NoOutboxError';
  }
}

/** Check the payload (a wrong one is this flow's bug), then store it once per double tap. */
async function store<P>(
  kind: EntryKind<string, P>,
  onceKey: string,
  payload: P,
  memberId: string | null,
): Promise<StoredEntry> {
  const o = offline.value;
  if (!o) throw new NoOutboxError();
  const checked = v.parse(kind.payload, payload);
  return o.saveOnce(
    `${kind.kind}:${onceKey}`,
    kind.kind,
    checked,
    memberId ? { subject: memberId } : {},
  );
}

async function saveAndWatch(
  action: 'request' | 'cancel',
  save: () => Promise<StoredEntry>,
): Promise<void> {
  lastSaved.value = { entryId: null, action, phase: { kind: 'storing' } };
  let entry: StoredEntry;
  try {
    entry = await save();
  } catch (error) {
    logError(error, `help: saving a ${action}`);
    const detail = error instanceof Error ? error.message : String(error);
    lastSaved.value = { entryId: null, action, phase: { kind: 'failed', detail } };
    return;
  }
  lastSaved.value = { entryId: entry.id, action, phase: { kind: 'sending' } };
  const o = offline.value;
  if (!o) return;
  const outcome = await o.outcome(entry);
  if (lastSaved.value?.entryId === entry.id)
    lastSaved.value = { entryId: entry.id, action, phase: { kind: 'done', outcome } };
}

/** Ask for a service. */
export function saveRequest(payload: ServiceRequestPayload): Promise<void> {
  const key = [payload.memberId ?? 'anonymous', payload.category, payload.when, payload.where].join(
    ':',
  );
  return saveAndWatch('request', () => store(SERVICE_REQUEST, key, payload, payload.memberId));
}

/** Cancel a request, named by the id of the entry that made it. */
export function saveCancel(memberId: string, requestId: string): Promise<void> {
  return saveAndWatch('cancel', () =>
    store(SERVICE_CANCEL, requestId, { memberId, requestId }, memberId),
  );
}
