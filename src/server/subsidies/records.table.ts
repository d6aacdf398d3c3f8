/** Row types of the subsidy register's history (see migrations/20261205_2115_subsidy_records.ts). */
import type { Selectable } from 'kysely';
import type { BureauList, RecordKind } from '../../shared/subsidies/bureau-lists';
import type { IsoTimestamp } from '../db/time';

export interface SubsidyImportTable {
  id: string;
  list: BureauList;
  /** "YYYY-MM". */
  as_of: string;
  staff_id: string | null;
  /** Who imported it, as the audit log names them. */
  staff_label: string;
  rows: number;
  matched: number;
  waiting: number;
  created_at: IsoTimestamp;
}

export type RecordState = 'matched' | 'waiting' | 'dismissed';

export interface SubsidyRecordTable {
  id: string;
  /** sha256 of recordKey (imports) or of the id (desk entries); unique. */
  row_key: string;
  import_id: string | null;
  line: number | null;
  kind: RecordKind;
  id_number: string | null;
  /** The name the bureau's list gives (the member's, for a desk entry). */
  name: string;
  member_id: string | null;
  programme_id: string;
  month: string;
  fen: number;
  /** A StopReason for a stop (imported); the desk's words otherwise, or null. */
  reason: string | null;
  state: RecordState;
  created_at: IsoTimestamp;
}

export type SubsidyImportRow = Selectable<SubsidyImportTable>;
export type SubsidyRecordRow = Selectable<SubsidyRecordTable>;
