/** Row types of the proof keys and the server's marks (see migrations/20261205_1300_proof_keys.ts). */
import type { IsoTimestamp } from '../db/time';

/** One RSA-OAEP-2048 key pair of the server; the newest is the one kiosks are given. */
export interface ProofKeyTable {
  id: string;
  /** SPKI, base64: given to kiosks at enrollment and in every pull. */
  public_spki: string;
  /** PKCS#8, base64: never answered, never logged. */
  private_pkcs8: string;
  created_at: IsoTimestamp;
}

/** Moments the server remembers by name; `proofs_since` is when it first ran with proofs. */
export interface ServerMarkTable {
  name: string;
  at: IsoTimestamp;
}
