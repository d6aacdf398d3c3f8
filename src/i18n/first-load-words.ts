/**
 * The kiosk's first-load words, one language at a time. The first screen needs only the language
 * it shows: 简体中文, every centre's own language, is in the first load (so 紧急呼叫 and 呼叫工作人员
 * have their words even when no other chunk can be fetched); a centre that starts in another
 * language fetches that one beside its config (the language the kiosk last started in is
 * remembered, so the two fetches overlap). A flow that needs every language (the language screen)
 * imports kiosk-strings.ts, which registers all three. The service worker precaches them all.
 */
import type { Language } from '../shared/config/languages';
import { words as zhHans } from './first-load/zh-Hans';
import { registerLanguage } from './index';
import type { Strings } from './types';

registerLanguage('zh-Hans', zhHans);

type Words = Record<string, Strings>;
const LOADERS: Record<Language, () => Promise<{ words: Words }>> = {
  'zh-Hans': async () => ({ words: zhHans }),
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
