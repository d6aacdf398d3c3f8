/**
 * The one way text reaches the screen or the speaker. `t` reads the `language` signal, so any
 * component that calls it re-renders when the language changes. `localText` does the same for
 * multilingual text from the centre's config.
 */
import { signal } from '@preact/signals';
import i18next, { type TOptions } from 'i18next';
import { LANGUAGES, type Language } from '../shared/config/languages';
import type { LocalText } from '../shared/config/schema';
import type { AREAS } from './resources';
import type { AreaStrings, Strings } from './types';

/** A plural's forms (`count_one`, `count_other`) are asked for by the key without the suffix. */
type Unplural<K extends string> =
  K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
// Numbered keys (weekdays 1–7) count too: JavaScript keeps them as strings.
type KeysOf<T, P extends string> = {
  [K in keyof T & (string | number)]: T[K] extends string
    ? `${P}${Unplural<`${K}`>}`
    : KeysOf<T[K], `${P}${K}.`>;
}[keyof T & (string | number)];

/**
 * Every key there is, from the zh-Hans strings of every area (the other languages are held to
 * the same keys by `defineArea`): a missing or misspelt key fails the compile.
 */
export type I18nKey = {
  [A in keyof typeof AREAS & string]: KeysOf<(typeof AREAS)[A]['zh-Hans'], `${A}.`>;
}[keyof typeof AREAS & string];

export const language = signal<Language>('zh-Hans');

/**
 * Audit mode wraps every translated or config-sourced string in invisible markers, so a browser
 * test can find any text on screen that did not come through here.
 */
export const AUDIT_OPEN = '\u2063\u2063';
export const AUDIT_CLOSE = '\u2064\u2064';
let audit = false;
export function setI18nAudit(on: boolean): void {
  audit = on;
}
const mark = (s: string) => (audit ? `${AUDIT_OPEN}${s}${AUDIT_CLOSE}` : s);

const instance = i18next.createInstance();
let setUp = false;
/** Strings registered before i18next is set up (or while earlier ones wait), added in order. */
let queued: (() => void)[] = [];

/**
 * i18next, set up at its first use rather than when this module is evaluated: its setup takes
 * about 20 ms on a slow kiosk, and the kiosk's start evaluates this module, and registers its
 * first words, in tasks that must stay short (startAfterPaint in
 * src/tools/first-load-chunk-plugin.ts). The kiosk warms it in steps beforehand (`warmUp`).
 */
function setUpOnce(): void {
  if (setUp) return;
  setUp = true;
  void instance.init({
    resources: {},
    lng: 'zh-Hans',
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
}

function addQueued(): void {
  const adds = queued;
  queued = [];
  for (const add of adds) add();
}

function i18n() {
  setUpOnce();
  if (queued.length > 0) addQueued();
  return instance;
}

/**
 * Sets i18next up, adds the words registered so far and makes a first translation (which warms
 * its lookup and interpolation), each step in a task of its own (`next` starts one), so that on
 * a slow box none of them holds a touch or counts as a long task. Any translation asked for in
 * the meantime does what is left at once.
 */
export async function warmUp(next: () => Promise<void>): Promise<void> {
  setUpOnce();
  await next();
  addQueued();
  await next();
  t('shell.attract.welcome', { centre: '' });
}

/** Add areas' strings (each under its area's name), for the page that needs them. */
export function registerAreas(areas: Record<string, AreaStrings>): void {
  for (const lang of LANGUAGES)
    registerLanguage(
      lang,
      Object.fromEntries(Object.entries(areas).map(([area, strings]) => [area, strings[lang]])),
    );
}

/** Add one language's strings of some areas (the kiosk's first load fetches only the one it shows). */
export function registerLanguage(lang: Language, areas: Record<string, Strings>): void {
  const add = () => {
    for (const [area, strings] of Object.entries(areas))
      instance.addResourceBundle(lang, 'translation', { [area]: strings }, true, true);
  };
  if (!setUp || queued.length > 0) queued.push(add);
  else add();
}

/**
 * A key made at run time from data the compiler cannot see (a weekday's number, a job or an error
 * code from the config, a flow's i18n area): looked up like any other, shown as the key itself
 * if missing, and the completeness tests cover the values the data may take. Every such place is
 * named by this call, so it stays deliberate and greppable.
 */
export function runtimeKey(key: string): I18nKey {
  return key as I18nKey;
}

/** Translate a key in the current language. */
export function t(key: I18nKey, options?: TOptions): string {
  return mark(i18n().t(key, { lng: language.value, ...options }) as string);
}

/** Translate a key in a given language, without subscribing (for speech in another language). */
export function tIn(lang: Language, key: I18nKey, options?: TOptions): string {
  return mark(i18n().t(key, { lng: lang, ...options }) as string);
}

/**
 * Show a value that is not words in any language (an id, a version, a file path in a config
 * error) as it is. Named, so every such place is deliberate and greppable.
 */
export function verbatim(value: string): string {
  return mark(value);
}

/** Pick the current language's text from a config value. */
export function localText(text: LocalText): string {
  return mark(text[language.value]);
}

export function hasKey(key: string, lang: Language = language.value): boolean {
  return i18n().exists(key, { lng: lang });
}

export function setLanguage(lang: Language): void {
  language.value = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[lang];
}

/** BCP 47 tags for the html lang attribute, so screen readers and fonts pick the right script. */
export const HTML_LANG: Record<Language, string> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  en: 'en',
};
