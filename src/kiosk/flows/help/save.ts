/**
 * Saving the elder's service requests and cancellations, through the flows' one way to save
 * (../saving.ts): on disk before any screen says so, then watched for the "sent" screen.
 */
import {
  SERVICE_CANCEL,
  SERVICE_REQUEST,
  type ServiceRequestPayload,
} from '../../../shared/help/kinds';
import { saveAndWatch, store } from '../saving';
import { lastSaved } from './draft';

/** Ask for a service. */
export function saveRequest(payload: ServiceRequestPayload): Promise<void> {
  const key = [payload.memberId ?? 'anonymous', payload.category, payload.when, payload.where].join(
    ':',
  );
  return saveAndWatch(lastSaved, 'help', 'request', () =>
    store(SERVICE_REQUEST, key, payload, payload.memberId),
  );
}

/** Cancel a request, named by the id of the entry that made it. */
export function saveCancel(memberId: string, requestId: string): Promise<void> {
  return saveAndWatch(lastSaved, 'help', 'cancel', () =>
    store(SERVICE_CANCEL, requestId, { memberId, requestId }, memberId),
  );
}
