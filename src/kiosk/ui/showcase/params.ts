/** Reads the showcase's query parameters: which state, and the text size, theme and language. */
import { LANGUAGES, type Language } from '../../../shared/config/schema';

/** The three text sizes the elder can choose. */
export const TEXT_SIZES = ['1', '1.3', '1.6'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** What the query string asks the showcase to show. */
export interface ShowcaseParams {
  state: string | null;
  size: TextSize;
  theme: 'default' | 'high-contrast';
  lang: Language;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  list.find((item) => item === value) ?? fallback;

/** Parses `?state=&size=&theme=&lang=`, falling back to the defaults for anything unknown. */
export function readParams(search: string): ShowcaseParams {
  const q = new URLSearchParams(search);
  return {
    state: q.get('state'),
    size: oneOf(TEXT_SIZES, q.get('size'), '1'),
    theme: q.get('theme') === 'high-contrast' ? 'high-contrast' : 'default',
    lang: oneOf(LANGUAGES, q.get('lang'), 'zh-Hans'),
  };
}

/** A link to a state, keeping the other parameters. */
export function stateHref(search: string, id: string): string {
  const q = new URLSearchParams(search);
  q.set('state', id);
  return `?${q.toString()}`;
}
