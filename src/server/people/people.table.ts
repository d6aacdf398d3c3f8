/** Row type of the people list (see migrations/20261205_0800_people.ts). */
import type { Selectable } from 'kysely';
import type { PersonKind } from '../../shared/people/api';
import type { IsoTimestamp } from '../db/time';

export interface PersonTable {
  id: string;
  name: string;
  /** Empty when none was given. */
  phone: string;
  kind: PersonKind;
  /** 0 or 1: someone who stopped stays on record (old requests name them) but is not offered. */
  active: number;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export type PersonRow = Selectable<PersonTable>;
