/** A register row as the subsidy engine's facts: every fact of a member is known exactly. */
import {
  type DisabilityGrade,
  MEMBER_CATEGORIES,
  type MemberCategory,
} from '../../shared/members/categories';
import type { PersonFacts } from '../../shared/subsidies';
import type { MemberRow } from '../members/members.table';

export function memberFacts(
  member: Pick<MemberRow, 'birth_date' | 'local_hukou' | 'categories' | 'disability'>,
): PersonFacts {
  let categories: MemberCategory[] = [];
  try {
    const parsed: unknown = JSON.parse(member.categories);
    if (Array.isArray(parsed)) categories = MEMBER_CATEGORIES.filter((k) => parsed.includes(k));
  } catch {
    // A damaged list reads as none, as the register's own view does.
  }
  return {
    age: { birthDate: member.birth_date },
    localHukou: Number(member.local_hukou) === 1,
    categories,
    disability: member.disability as DisabilityGrade,
  };
}
