/** The members list as CSV: the import template's columns, Chinese words, no PIN. */
import {
  categoryWord,
  disabilityWord,
  MEMBER_CSV_COLUMNS,
  type MemberCsvField,
} from '../../shared/members/index';
import { csvRecord } from '../lib/csv';
import { toInput } from './members.service';
import type { MemberRow } from './members.table';

/** Every template column but the PIN, which is never given out (only its hash is stored). */
const EXPORTED = MEMBER_CSV_COLUMNS.filter((c) => c.field !== 'pin');

/** The header record. */
export function membersCsvHeader(): string {
  return csvRecord(EXPORTED.map((c) => c.header));
}

/** One member as a record the import reads back unchanged. */
export function memberCsvRecord(row: MemberRow): string {
  const m = toInput(row);
  const cells: Record<Exclude<MemberCsvField, 'pin'>, string | null> = {
    cardNumber: m.cardNumber,
    name: m.name,
    birthDate: m.birthDate,
    phone: m.phone,
    address: m.address,
    localHukou: m.localHukou ? '是' : '否',
    categories: m.categories.map(categoryWord).join('、'),
    disability: disabilityWord(m.disability),
    emergencyName: m.emergencyContact?.name ?? null,
    emergencyPhone: m.emergencyContact?.phone ?? null,
    emergencyRelation: m.emergencyContact?.relation ?? null,
    validUntil: m.validUntil,
    notes: m.notes,
  };
  return csvRecord(EXPORTED.map((c) => cells[c.field as Exclude<MemberCsvField, 'pin'>]));
}
