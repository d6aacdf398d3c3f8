/**
 * The kiosk's first load carries one language's words (src/i18n/first-load-words.ts): each
 * language's module must hold exactly what kiosk-strings.ts registers for that language, and the
 * start language is remembered for the next start's early fetch.
 */
import { describe, expect, it } from 'vitest';
import { words as en } from '../../../src/i18n/first-load/en';
import { words as zhHans } from '../../../src/i18n/first-load/zh-Hans';
import { words as zhHant } from '../../../src/i18n/first-load/zh-Hant';
import {
  lastStartLanguage,
  loadFirstWords,
  rememberStartLanguage,
} from '../../../src/i18n/first-load-words';
import { KIOSK_AREAS } from '../../../src/i18n/kiosk-strings';
import { LANGUAGES } from '../../../src/shared/config/languages';

const BY_LANGUAGE = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en } as const;

describe('the first load’s words, one language at a time', () => {
  it.each(LANGUAGES)('%s: the same areas and words kiosk-strings registers', (lang) => {
    const expected = Object.fromEntries(
      Object.entries(KIOSK_AREAS).map(([area, strings]) => [area, strings[lang]]),
    );
    expect(BY_LANGUAGE[lang]).toEqual(expected);
  });

  it('loads every language (the two not in the first load by import)', async () => {
    for (const lang of LANGUAGES) await expect(loadFirstWords(lang)).resolves.toBeUndefined();
  });

  it('remembers the language the kiosk started in, and guesses 简体中文 otherwise', () => {
    localStorage.clear();
    expect(lastStartLanguage()).toBe('zh-Hans');
    rememberStartLanguage('en');
    expect(lastStartLanguage()).toBe('en');
    localStorage.setItem('nuanxin.startLanguage', 'fr');
    expect(lastStartLanguage()).toBe('zh-Hans');
  });
});
