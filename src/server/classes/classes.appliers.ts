/**
 * What the server does with a kiosk's `class.checkin` entries: the member checked in to the
 * session once. The entry names the member, so sync applies it only with a proof of their
 * identification on that kiosk, in that session (proof.service.ts).
 */
import { CLASS_CHECKIN, type ClassCheckinPayload } from '../../shared/classes/sessions';
import { reason } from '../../shared/sync/index';
import { defineApplier, type EntryHandler } from '../sync/appliers';
import { applyCheckin } from './classes.service';

export function classHandlers(): EntryHandler[] {
  return [
    defineApplier<'class.checkin', ClassCheckinPayload>(CLASS_CHECKIN, async (trx, entry, ctx) => {
      const outcome = await applyCheckin(trx, entry.id, entry.payload, ctx.kioskId, ctx.now);
      if (outcome === 'accepted') return { status: 'accepted' };
      return outcome === 'no_member'
        ? { status: 'rejected', reason: reason('unknown_card', 'no member with this id') }
        : { status: 'rejected', reason: reason('no_such_class', 'no class session with this id') };
    }),
  ];
}
