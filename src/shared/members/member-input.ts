/**
 * What a staff member may send to create or edit a member, checked the same way by the console's
 * form, the server's routes and the CSV import. Messages are plain words a person can act on.
 *
 * "Not in the future" needs today's date in the centre's time zone, which only the caller knows
 * (the server's clock, the console's), so the schemas are made by `memberInputSchemas(today)`.
 */
import * as v from 'valibot';
import { normalizeCardNumber } from './card';
import {
  DISABILITY_GRADES,
  type DisabilityGrade,
  MEMBER_CATEGORIES,
  type MemberCategory,
} from './categories';

export const MEMBER_NAME_MAX = 50;
export const MEMBER_ADDRESS_MAX = 100;
export const MEMBER_NOTES_MAX = 500;
export const MEMBER_RELATION_MAX = 20;
/** The earliest birth or end date accepted: anything before is a typing mistake. */
export const EARLIEST_DAY = '1900-01-01';
/** The latest "valid until" accepted (a typo like 20277-01-01 must not slip through). */
export const LATEST_DAY = '2099-12-31';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PHONE = /^[0-9+\- ]{7,20}$/;
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

/** Whether "YYYY-MM-DD" names a day that exists (no 2月30日). */
export function isRealDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day "YYYY-MM-DD" from EARLIEST_DAY up to `latest()`. */
function dayField(what: string, latest: () => string, lateMessage: string) {
  const format = `${what} must be a date like 1945-03-08.`;
  return v.pipe(
    v.string(format),
    v.trim(),
    v.regex(DAY, format),
    v.check(isRealDay, `${what} is not a real date; check the month and the day.`),
    v.check((day) => day >= EARLIEST_DAY, `${what} cannot be before 1900.`),
    v.check((day) => day <= latest(), lateMessage),
  );
}

/** Text that may be left empty: trimmed, and an empty value stored as null. */
function optionalText(what: string, max: number, rule?: { pattern: RegExp; message: string }) {
  return v.nullable(
    v.pipe(
      v.string(`${what} must be text.`),
      v.trim(),
      v.maxLength(max, `${what} has at most ${max} characters.`),
      v.regex(NO_CONTROL_CHARACTERS, `${what} cannot contain control characters.`),
      v.check((text) => !rule || text === '' || rule.pattern.test(text), rule?.message ?? ''),
      v.transform((text): string | null => (text === '' ? null : text)),
    ),
  );
}

function requiredText(what: string, max: number) {
  const missing = `Enter ${what}.`;
  return v.pipe(
    v.string(missing),
    v.trim(),
    v.minLength(1, missing),
    v.maxLength(max, `${what[0]?.toUpperCase()}${what.slice(1)} has at most ${max} characters.`),
    v.regex(NO_CONTROL_CHARACTERS, `${what} cannot contain control characters.`),
  );
}

const phoneRule = (what: string) => ({
  pattern: PHONE,
  message: `${what} must be 7 to 20 digits (spaces, + and - allowed), e.g. 138 0013 8000.`,
});

const cardMessage =
  'The card number must be 4 to 24 digits or letters (spaces and dashes are ignored).';

/** The card number, in the normal form both the kiosk and the server use. */
export const CardNumberField = v.pipe(
  v.string(cardMessage),
  v.check((raw) => normalizeCardNumber(raw) !== undefined, cardMessage),
  v.transform((raw) => normalizeCardNumber(raw) ?? raw),
);

/** The member's 4-digit PIN, or null to clear it. Only ever sent in, never answered. */
export const MemberPinField = v.nullable(
  v.pipe(
    v.string('The PIN must be 4 digits, or null for no PIN.'),
    v.regex(/^\d{4}$/, 'The PIN must be exactly 4 digits.'),
  ),
);

const EmergencyContactField = v.nullable(
  v.object(
    {
      name: requiredText('the emergency contact’s name', MEMBER_NAME_MAX),
      phone: v.pipe(
        v.string('Enter the emergency contact’s phone number.'),
        v.trim(),
        v.regex(
          PHONE,
          'The emergency contact’s phone must be 7 to 20 digits (spaces, + and - allowed).',
        ),
      ),
      relation: v.optional(optionalText('The relation (e.g. 女儿)', MEMBER_RELATION_MAX), null),
    },
    'The emergency contact must be { name, phone, relation }, or null for none.',
  ),
);

/** Each field's rule, shared by create (with defaults) and edit (every field optional). */
function memberFields(today: () => string) {
  return {
    cardNumber: CardNumberField,
    name: requiredText('the member’s name', MEMBER_NAME_MAX),
    birthDate: dayField('The birth date', today, 'The birth date cannot be in the future.'),
    phone: optionalText('The phone number', 20, phoneRule('The phone number')),
    address: optionalText('The address', MEMBER_ADDRESS_MAX),
    localHukou: v.boolean('Say whether the member has local 户籍: true or false.'),
    categories: v.pipe(
      v.array(
        v.picklist(
          MEMBER_CATEGORIES,
          `A category must be one of: ${MEMBER_CATEGORIES.join(', ')}.`,
        ),
        'The categories must be a list, e.g. ["low-income"], or [] for none.',
      ),
      // The same category twice is harmless: keep it once, in the list's own order.
      v.transform((list) => MEMBER_CATEGORIES.filter((c) => list.includes(c))),
    ),
    disability: v.picklist(
      DISABILITY_GRADES,
      `The disability grade must be one of: ${DISABILITY_GRADES.join(', ')}.`,
    ),
    pin: MemberPinField,
    emergencyContact: EmergencyContactField,
    validUntil: v.nullable(
      dayField('The end of membership', () => LATEST_DAY, 'The end of membership is too far off.'),
    ),
    notes: optionalText('The notes', MEMBER_NOTES_MAX),
  };
}

const UNKNOWN_FIELD = 'This is not a member field; check its spelling.';

/** A member as created: card, name, birth date and 户籍 are needed, the rest may be left out. */
export interface MemberInput {
  cardNumber: string;
  name: string;
  birthDate: string;
  phone: string | null;
  address: string | null;
  localHukou: boolean;
  categories: MemberCategory[];
  disability: DisabilityGrade;
  /** Only sent in; answers say `hasPin`. */
  pin?: string | null | undefined;
  emergencyContact: { name: string; phone: string; relation: string | null } | null;
  validUntil: string | null;
  notes: string | null;
}

/** An edit: any subset of the fields; `pin: null` clears the PIN. */
export type MemberPatch = Partial<MemberInput>;

/** The create and edit schemas, with "not in the future" measured against `today()` ("YYYY-MM-DD"). */
export function memberInputSchemas(today: () => string) {
  const f = memberFields(today);
  const create = v.strictObject(
    {
      cardNumber: f.cardNumber,
      name: f.name,
      birthDate: f.birthDate,
      phone: v.optional(f.phone, null),
      address: v.optional(f.address, null),
      localHukou: f.localHukou,
      categories: v.optional(f.categories, []),
      disability: v.optional(f.disability, 'none'),
      pin: v.optional(f.pin),
      emergencyContact: v.optional(f.emergencyContact, null),
      validUntil: v.optional(f.validUntil, null),
      notes: v.optional(f.notes, null),
    },
    UNKNOWN_FIELD,
  );
  const patch = v.strictObject(
    {
      cardNumber: v.optional(f.cardNumber),
      name: v.optional(f.name),
      birthDate: v.optional(f.birthDate),
      phone: v.optional(f.phone),
      address: v.optional(f.address),
      localHukou: v.optional(f.localHukou),
      categories: v.optional(f.categories),
      disability: v.optional(f.disability),
      pin: v.optional(f.pin),
      emergencyContact: v.optional(f.emergencyContact),
      validUntil: v.optional(f.validUntil),
      notes: v.optional(f.notes),
    },
    UNKNOWN_FIELD,
  );
  return {
    create: create as v.GenericSchema<v.InferInput<typeof create>, MemberInput>,
    patch: patch as v.GenericSchema<v.InferInput<typeof patch>, MemberPatch>,
  };
}
