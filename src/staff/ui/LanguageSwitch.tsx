/** zh-Hans / zh-Hant / en, each named as its own readers write it; the choice is remembered. */
import { HTML_LANG, language, setLanguage, t, tIn } from '../../i18n';
import { LANGUAGES, type Language } from '../../shared/config/schema';

const STORAGE_KEY = 'nuanxin.console.language';

/** The language this browser chose before, else the one its settings suggest. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if ((LANGUAGES as readonly string[]).includes(stored ?? '')) return stored as Language;
  const asked = navigator.language.toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(asked)) return 'zh-Hant';
  if (asked.startsWith('en')) return 'en';
  return 'zh-Hans';
}

export function LanguageSwitch() {
  return (
    <fieldset class="languages">
      <legend class="visually-hidden">{t('console.app.language')}</legend>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          class="button button--quiet"
          lang={HTML_LANG[lang]}
          aria-pressed={language.value === lang}
          onClick={() => {
            setLanguage(lang);
            localStorage.setItem(STORAGE_KEY, lang);
          }}
        >
          {tIn(lang, 'console.app.ownName')}
        </button>
      ))}
    </fieldset>
  );
}
