/**
 * What the server does with a kiosk's `class.progress` entries: the kiosk's seat in the session
 * moves to the entry's step and hint level. The entry names no member, so no proof is asked.
 */
import { CLASS_PROGRESS, type ClassProgressPayload } from '../../shared/classes/presenter';
import { reason } from '../../shared/sync/index';
import { defineApplier, type EntryHandler } from '../sync/appliers';
import { applyClassProgress } from './presenter.service';

export function presenterHandlers(): EntryHandler[] {
  return [
    defineApplier<'class.progress', ClassProgressPayload>(
      CLASS_PROGRESS,
      async (trx, entry, ctx) =>
        (await applyClassProgress(trx, entry.id, entry.payload, ctx.kioskId, ctx.now)) ===
        'accepted'
          ? { status: 'accepted' }
          : {
              status: 'rejected',
              reason: reason('no_such_class', 'no class session with this id'),
            },
    ),
  ];
}
