/** Row type of the config versions (see migrations/20261125_0200_config_versions.ts). */
import type { Selectable } from 'kysely';
import type { IsoTimestamp } from '../db/time';

export interface ConfigVersionTable {
  /** 1, 2, 3…; 1 is the seed folder. */
  number: number;
  /** JSON object: file name → the file's raw text, exactly as published. */
  files: string;
  /** ConfigBundle.version of these files (what kiosks report). */
  hash: string;
  note: string;
  /** The staff member who published it; null for the seed. */
  by_id: string | null;
  /** Their name at the time, so the history still reads after an account is renamed. */
  by_name: string | null;
  at: IsoTimestamp;
  restored_from: number | null;
}

export type ConfigVersionRow = Selectable<ConfigVersionTable>;
