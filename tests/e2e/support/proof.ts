/**
 * A proof of identification for entries a browser test pushes by hand "the way kiosks send them":
 * the member's card sealed with the public key the server gave the kiosk at enrollment, exactly
 * as a kiosk seals it at identification (shared/sync/proof.ts).
 */
import {
  type EntryProof,
  importProofKey,
  sealIdentity,
  uuidV7Time,
  uuidv7,
} from '../../../src/shared/sync/index';

/** The proof that `card` was presented on `kiosk` in a session the entry `entryId` belongs to. */
export async function proofFor(
  kiosk: { kioskId: string; proofKey: string },
  card: string,
  entryId: string,
): Promise<EntryProof> {
  const session = uuidv7();
  const key = await importProofKey(kiosk.proofKey);
  const sealed = await sealIdentity(key, {
    card,
    session,
    kiosk: kiosk.kioskId,
    at: uuidV7Time(entryId),
  });
  return { session, sealed };
}
