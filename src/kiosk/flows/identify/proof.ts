/**
 * Sealing the elder's identification for the server (design: src/kiosk/offline/README.md, "Proof
 * of identification"). At identification the card (and the PIN, when one was typed), the session,
 * this kiosk and the time are sealed with the server's public key; the kiosk cannot open what it
 * sealed, so the outbox on disk holds no card number or PIN in clear. The sealed proof lives in
 * the session only and goes with it.
 */
import {
  type EntryProof,
  importProofKey,
  type SealingKey,
  sealIdentity,
} from '../../../shared/sync/seal';
import { logError } from '../../app/device';
import { currentKioskId, proofKey } from '../../app/offline';

/** The imported key for the key text last seen (importing costs more than sealing). */
let imported: { spki: string; key: Promise<SealingKey> } | null = null;

function sealingKey(spki: string): Promise<SealingKey> {
  if (imported?.spki !== spki) imported = { spki, key: importProofKey(spki) };
  return imported.key;
}

/**
 * The proof for `session`, or null when there is no key yet (a kiosk not enrolled, or enrolled
 * before proofs and not pulled since) or sealing failed: its entries then go without one, and the
 * server refuses them in words (an emergency call excepted).
 */
export async function sealProof(what: {
  card: string;
  pin?: string;
  session: string;
}): Promise<EntryProof | null> {
  const spki = proofKey.value;
  if (!spki) return null;
  try {
    const sealed = await sealIdentity(await sealingKey(spki), {
      ...what,
      kiosk: currentKioskId(),
      at: Date.now(),
    });
    return { session: what.session, sealed };
  } catch (error) {
    if (imported?.spki === spki) imported = null;
    logError(error, 'identify: sealing the proof of identification');
    return null;
  }
}
