/**
 * The categories a member can be in, as the civil-affairs bureau's lists write them. Age bands
 * (高龄) are never stored: they are worked out from the birth date when a rule needs them.
 * Labels live in i18n as `members.category.<code>` and `members.disability.<grade>`.
 */

/** Flags a member can carry, any number at once. */
export const MEMBER_CATEGORIES = [
  'extreme-poverty', // 特困
  'low-income', // 低保
  'near-low-income', // 低保边缘
  'bereaved-parent', // 失独 / 计划生育特殊家庭
  'living-alone', // 独居
  'empty-nest', // 空巢
] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

/** The assessed disability grade (失能等级, GB/T 42195-2022); 'none' when not assessed as disabled. */
export const DISABILITY_GRADES = ['none', 'mild', 'moderate', 'severe', 'total'] as const;
export type DisabilityGrade = (typeof DISABILITY_GRADES)[number];

/** The Chinese words the bureau's spreadsheets use for each, for CSV import and export. */
export const CATEGORY_CSV_WORDS: Record<MemberCategory, readonly string[]> = {
  'extreme-poverty': ['特困'],
  'low-income': ['低保', '经济困难'],
  'near-low-income': ['低保边缘'],
  'bereaved-parent': ['失独', '计划生育特殊家庭'],
  'living-alone': ['独居'],
  'empty-nest': ['空巢'],
};
export const DISABILITY_CSV_WORDS: Record<DisabilityGrade, readonly string[]> = {
  none: ['', '无', '否'],
  mild: ['轻度', '轻度失能', '半失能'],
  moderate: ['中度', '中度失能'],
  severe: ['重度', '重度失能'],
  total: ['完全', '完全失能', '失能'],
};
