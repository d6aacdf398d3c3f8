/** Membership and age rules on calendar days ("YYYY-MM-DD" in the centre's time zone). */

/** Whether a membership valid until `validUntil` (inclusive; null = no end) still holds on `today`. */
export function membershipStatus(validUntil: string | null, today: string): 'active' | 'expired' {
  return validUntil === null || validUntil >= today ? 'active' : 'expired';
}

/** Age in completed years (周岁) on `day`, for a birth date; both "YYYY-MM-DD". */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
