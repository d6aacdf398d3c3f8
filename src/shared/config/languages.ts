/**
 * The interface languages, apart from the schemas (fields.ts re-exports them): the kiosk's first
 * load needs the list, never valibot's config rules.
 */

/** The interface languages the kiosk speaks and shows. */
export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;
/** One of the kiosk's interface languages. */
export type Language = (typeof LANGUAGES)[number];
