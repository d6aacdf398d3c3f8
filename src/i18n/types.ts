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
