/** Members (elders): the rules and shapes the kiosk, console and server share. */
export {
  CARD_KEY_ITERATIONS,
  CARD_MAX,
  CARD_MIN,
  type CardKey,
  cardKeyOf,
  normalizeCardNumber,
} from './card';
export {
  CATEGORY_CSV_WORDS,
  DISABILITY_CSV_WORDS,
  DISABILITY_GRADES,
  type DisabilityGrade,
  MEMBER_CATEGORIES,
  type MemberCategory,
} from './categories';
export {
  categoryWord,
  csvColumnFor,
  disabilityWord,
  MEMBER_CSV_COLUMNS,
  type MemberCsvColumn,
  type MemberCsvField,
  parseCategoryWords,
  parseCsvDay,
  parseDisabilityWord,
  parseYesNo,
  REQUIRED_CSV_FIELDS,
} from './member-csv';
export {
  CardNumberField,
  EARLIEST_DAY,
  isRealDay,
  LATEST_DAY,
  MEMBER_ADDRESS_MAX,
  MEMBER_NAME_MAX,
  MEMBER_NOTES_MAX,
  MEMBER_RELATION_MAX,
  type MemberInput,
  type MemberPatch,
  MemberPinField,
  memberInputSchemas,
} from './member-input';
export type { MemberView } from './member-view';
export {
  CARD_KEY_CHANGE,
  CARD_KEY_ITEM,
  CardKeySchema,
  MEMBER_CHANGE,
  type RosterMember,
  RosterMemberSchema,
} from './roster';
export { ageOn, membershipStatus } from './status';
