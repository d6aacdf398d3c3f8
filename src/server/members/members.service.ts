/** Members: the register the console edits and the roster every kiosk pulls. */
import type { Kysely } from 'kysely';
import {
  ageOn,
  type DisabilityGrade,
  type MemberCategory,
  type MemberInput,
  type MemberPatch,
  type MemberView,
  membershipStatus,
} from '../../shared/members/index';
import { type Actor, recordAudit } from '../audit/audit.service';
import { isUniqueViolation } from '../db/errors';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { type AppError, conflict, notFound } from '../http/errors';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { hashMemberPin, isSamePin } from './member-pin';
import {
  findMember,
  findMemberByCard,
  insertMember,
  type MemberFilter,
  selectMemberPage,
  updateMemberRow,
} from './members.repository';
import type { MemberRow, MemberTable } from './members.table';
import { publishRosterMember, type RosterRules } from './roster.service';

/** The columns a member's fields are stored in (everything but ids, times and the PIN). */
export type MemberColumns = Omit<MemberTable, 'id' | 'pin_hash' | 'created_at' | 'updated_at'>;

/** The stored form of a member's fields. */
export function toColumns(input: Omit<MemberInput, 'pin'>): MemberColumns {
  return {
    card_number: input.cardNumber,
    name: input.name,
    birth_date: input.birthDate,
    phone: input.phone,
    address: input.address,
    local_hukou: input.localHukou ? 1 : 0,
    categories: JSON.stringify(input.categories),
    disability: input.disability,
    emergency_name: input.emergencyContact?.name ?? null,
    emergency_phone: input.emergencyContact?.phone ?? null,
    emergency_relation: input.emergencyContact?.relation ?? null,
    valid_until: input.validUntil,
    notes: input.notes,
  };
}

function categoriesOf(row: MemberRow): MemberCategory[] {
  try {
    return JSON.parse(row.categories) as MemberCategory[];
  } catch {
    return [];
  }
}

/** A stored member as input fields (what an edit or an import row starts from). */
export function toInput(row: MemberRow): Omit<MemberInput, 'pin'> {
  return {
    cardNumber: row.card_number,
    name: row.name,
    birthDate: row.birth_date,
    phone: row.phone,
    address: row.address,
    // pg may read an integer back as a string.
    localHukou: Number(row.local_hukou) === 1,
    categories: categoriesOf(row),
    disability: row.disability as DisabilityGrade,
    emergencyContact:
      row.emergency_name !== null && row.emergency_phone !== null
        ? { name: row.emergency_name, phone: row.emergency_phone, relation: row.emergency_relation }
        : null,
    validUntil: row.valid_until,
    notes: row.notes,
  };
}

/** A member as the API answers it, with age and status on the centre's `today`. */
export function toMemberView(row: MemberRow, today: string): MemberView {
  const input = toInput(row);
  return {
    id: row.id,
    ...input,
    age: ageOn(input.birthDate, today),
    hasPin: row.pin_hash !== null,
    status: membershipStatus(input.validUntil, today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function cardTaken(cardNumber: string): AppError {
  return conflict(
    'card_taken',
    `Card number ${cardNumber} already belongs to another member. Check the number, or edit that member.`,
  );
}

function memberNotFound(): AppError {
  return notFound(
    'There is no member with this id; the list may be out of date.',
    'member_not_found',
  );
}

/** Which input fields differ between two stored forms (the PIN is compared apart). */
export function changedFields(before: MemberColumns, after: MemberColumns): string[] {
  const names: Record<keyof MemberColumns, string> = {
    card_number: 'cardNumber',
    name: 'name',
    birth_date: 'birthDate',
    phone: 'phone',
    address: 'address',
    local_hukou: 'localHukou',
    categories: 'categories',
    disability: 'disability',
    emergency_name: 'emergencyContact',
    emergency_phone: 'emergencyContact',
    emergency_relation: 'emergencyContact',
    valid_until: 'validUntil',
    notes: 'notes',
  };
  const changed = new Set<string>();
  // Compare as text: pg may answer the integer column as a string.
  for (const column of Object.keys(names) as (keyof MemberColumns)[])
    if (String(before[column]) !== String(after[column])) changed.add(names[column]);
  return [...changed];
}

/** How the change came in, for the audit log. */
export type MemberSource = 'console' | 'import';

/** Inserts a member with its audit entry and roster change, inside `trx`. */
export async function insertMemberIn(
  trx: Kysely<Database>,
  actor: Actor,
  input: MemberInput,
  now: Date,
  source: MemberSource,
  rules: RosterRules,
): Promise<MemberRow> {
  if (await findMemberByCard(trx, input.cardNumber)) throw cardTaken(input.cardNumber);
  const nowIso = now.toISOString();
  const row: MemberRow = {
    id: newId(now.getTime()),
    ...toColumns(input),
    pin_hash: input.pin ? hashMemberPin(input.pin) : null,
    created_at: nowIso,
    updated_at: nowIso,
  };
  await insertMember(trx, row);
  await recordAudit(trx, {
    at: now,
    actor,
    action: 'member.created',
    subject: { type: 'member', id: row.id },
    // Never the PIN or its hash: only whether there is one.
    details: { cardNumber: row.card_number, name: row.name, hasPin: row.pin_hash !== null, source },
  });
  await publishRosterMember(trx, row, rules, now);
  return row;
}

/**
 * Applies `patch` to `existing` inside `trx` when it changes anything: the row, its audit entry
 * and its roster change together. Returns the row as it now is.
 */
export async function updateMemberIn(
  trx: Kysely<Database>,
  actor: Actor,
  existing: MemberRow,
  patch: MemberPatch,
  now: Date,
  source: MemberSource,
  rules: RosterRules,
): Promise<MemberRow> {
  const { pin, ...given } = patch;
  // A field left out of the edit keeps its value.
  const fields = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  );
  const before = toColumns(toInput(existing));
  const after = toColumns({ ...toInput(existing), ...fields });
  const changed = changedFields(before, after);
  let pinHash = existing.pin_hash;
  if (pin === null && existing.pin_hash !== null) pinHash = null;
  // The same PIN again is no change (a new salt would make every re-import a write).
  if (typeof pin === 'string' && !(await isSamePin(pin, existing.pin_hash)))
    pinHash = hashMemberPin(pin);
  if (pinHash !== existing.pin_hash) changed.push('pin');
  if (changed.length === 0) return existing;

  if (after.card_number !== existing.card_number) {
    const holder = await findMemberByCard(trx, after.card_number);
    if (holder && holder.id !== existing.id) throw cardTaken(after.card_number);
  }
  const row: MemberRow = {
    ...existing,
    ...after,
    pin_hash: pinHash,
    updated_at: now.toISOString(),
  };
  await updateMemberRow(trx, existing.id, {
    ...after,
    pin_hash: pinHash,
    updated_at: row.updated_at,
  });
  await recordAudit(trx, {
    at: now,
    actor,
    action: 'member.updated',
    subject: { type: 'member', id: existing.id },
    details: { cardNumber: row.card_number, name: row.name, changed, source },
  });
  await publishRosterMember(trx, row, rules, now);
  return row;
}

/** Runs `work` in a transaction; a card number taken meanwhile by another request is a 409. */
async function inTransaction<T>(
  db: Kysely<Database>,
  cardNumber: string | undefined,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    if (isUniqueViolation(error) && cardNumber !== undefined) throw cardTaken(cardNumber);
    throw error;
  }
}

/** Adds a member (409 `card_taken` when the card is in use). */
export async function createMember(
  db: Kysely<Database>,
  actor: Actor,
  input: MemberInput,
  now: Date,
  today: string,
  rules: RosterRules,
): Promise<MemberView> {
  const row = await inTransaction(db, input.cardNumber, (trx) =>
    insertMemberIn(trx, actor, input, now, 'console', rules),
  );
  return toMemberView(row, today);
}

/** Edits a member (404 when unknown, 409 `card_taken` for another member's card). */
export async function editMember(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  patch: MemberPatch,
  now: Date,
  today: string,
  rules: RosterRules,
): Promise<MemberView> {
  const row = await inTransaction(db, patch.cardNumber, async (trx) => {
    const existing = await findMember(trx, id);
    if (!existing) throw memberNotFound();
    return updateMemberIn(trx, actor, existing, patch, now, 'console', rules);
  });
  return toMemberView(row, today);
}

export async function getMember(
  db: Kysely<Database>,
  id: string,
  today: string,
): Promise<MemberView> {
  const row = await findMember(db, id);
  if (!row) throw memberNotFound();
  return toMemberView(row, today);
}

/** One page of the list in name order, and the cursor of the next (null at the end). */
export async function listMembers(
  db: Kysely<Database>,
  filter: MemberFilter,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ members: MemberView[]; nextCursor: string | null }> {
  const position = page.cursor ? decodeCursor(page.cursor) : undefined;
  const after = position && { name: position.at, id: position.id };
  const rows = await selectMemberPage(db, filter, after, page.limit + 1);
  const members = rows.slice(0, page.limit).map((row) => toMemberView(row, filter.today));
  const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
  return { members, nextCursor: last ? encodeCursor({ at: last.name, id: last.id }) : null };
}

/** Every matching member in name order, read in batches (for the CSV export). */
export async function* eachMember(
  db: Kysely<Database>,
  filter: MemberFilter,
  batchSize = 500,
): AsyncGenerator<MemberRow> {
  let after: { name: string; id: string } | undefined;
  for (;;) {
    const rows = await selectMemberPage(db, filter, after, batchSize);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { name: last.name, id: last.id };
  }
}
