/** Members (elders): the rules and shapes the kiosk, console and server share. */
export { CARD_MAX, CARD_MIN, cardHash, normalizeCardNumber } from './card';
export {
  CATEGORY_CSV_WORDS,
  DISABILITY_CSV_WORDS,
  DISABILITY_GRADES,
  type DisabilityGrade,
  MEMBER_CATEGORIES,
  type MemberCategory,
} from './categories';
export { MEMBER_CHANGE, type RosterMember, RosterMemberSchema } from './roster';
export { ageOn, membershipStatus } from './status';
