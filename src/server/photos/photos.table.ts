/** The photos table: meal photos by name (see the photos migration for why they live here). */
import type { Selectable } from 'kysely';
import type { IsoTimestamp } from '../db/time';

export interface PhotoTable {
  /** PHOTO_NAME's form, e.g. "braised-fish.jpg"; what config files refer to. */
  name: string;
  content_type: string;
  bytes: number;
  sha256: string;
  data_base64: string;
  created_at: IsoTimestamp;
}

export type PhotoRow = Selectable<PhotoTable>;
