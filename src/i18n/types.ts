import type { Language } from '../shared/config/schema';

/** A nested tree of strings for one language. */
export interface Strings {
  [key: string]: string | Strings;
}

/**
 * One area's strings in all three languages side by side, so a missing translation
 * is visible in review and caught by the completeness test.
 */
export type AreaStrings = Record<Language, Strings>;

/**
 * Another language's tree with exactly zh-Hans's keys, so a missing or extra translation fails
 * the compile. English may add a `_one` beside a plural's `_other` (Chinese has no singular).
 */
export type SameKeys<T> = {
  [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]>;
} & {
  [K in keyof T as K extends `${infer B}_other` ? `${B}_one` : never]?: string;
};

/** An area's strings: zh-Hans sets the keys (and their types), the others must match them. */
export function defineArea<const Z extends Strings>(area: {
  'zh-Hans': Z;
  'zh-Hant': SameKeys<Z>;
  en: SameKeys<Z>;
}): { 'zh-Hans': Z; 'zh-Hant': Strings; en: Strings } {
  return area as { 'zh-Hans': Z; 'zh-Hant': Strings; en: Strings };
}

/**
 * One area from two parts with different top-level keys (words a page needs at once, and words
 * that come later with a flow or another page): what the compiler and the tests see as the area.
 */
export function mergeAreas<A extends AreaStrings, B extends AreaStrings>(
  a: A,
  b: B,
): { 'zh-Hans': A['zh-Hans'] & B['zh-Hans']; 'zh-Hant': Strings; en: Strings } {
  return {
    'zh-Hans': { ...a['zh-Hans'], ...b['zh-Hans'] },
    'zh-Hant': { ...a['zh-Hant'], ...b['zh-Hant'] },
    en: { ...a.en, ...b.en },
  };
}
