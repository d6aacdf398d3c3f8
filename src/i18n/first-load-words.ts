/**
 * The kiosk's first-load words, one language at a time. The first screen needs only the language
 * it shows, so the page's first load holds no words at all: the kiosk fetches the language it
 * starts in beside its config (the one it last started in, kept in localStorage, so the two
 * fetches overlap), and a flow that needs every language (the language screen) imports
 * kiosk-strings.ts, which registers all three. The service worker precaches every language.
 */
import type { Language } from '../shared/config/languages';
import { registerLanguage } from './index';
import type { Strings } from './types';

const LOADERS: Record<Language, () => Promise<{ words: Record<string, Strings> }>> = {
  'zh-Hans': () => import('./first-load/zh-Hans'),
  'zh-Hant': () => import('./first-load/zh-Hant'),
  en: () => import('./first-load/en'),
};

const loading = new Map<Language, Promise<void>>();

/** Fetch and register one language's first-load words (once; a failed fetch may be tried again). */
export function loadFirstWords(lang: Language): Promise<void> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(({ words }) => registerLanguage(lang, words));
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

const LAST_LANGUAGE_KEY = 'nuanxin.startLanguage';

/** The language this kiosk last started in (the centre's default then), or 简体中文. */
export function lastStartLanguage(): Language {
  try {
    const saved = localStorage.getItem(LAST_LANGUAGE_KEY);
    if (saved && saved in LOADERS) return saved as Language;
  } catch {
    // Storage refused (a private window): guess the usual language.
  }
  return 'zh-Hans';
}

export function rememberStartLanguage(lang: Language): void {
  try {
    localStorage.setItem(LAST_LANGUAGE_KEY, lang);
  } catch {
    // Only a guess for the next start is lost.
  }
}
