/**
 * The attract screen as HTML, for the centre server to put in the kiosk's page (index.html), so a
 * kiosk that reloads after a power cut or an update shows its first screen as soon as the page
 * and its stylesheet arrive, before any script has run. It is the same component the kiosk then
 * draws over it (Preact reuses the nodes, so nothing moves), rendered with the centre's config
 * in its default language. Until the kiosk's code has run, the copy is inert and hidden from
 * screen readers: a button that looked ready but did nothing would claim more than is true.
 */
import { renderToString } from 'preact-render-to-string';
import { HTML_LANG, setLanguage } from '../../../i18n';
import { loadFirstWords } from '../../../i18n/first-load-words';
import type { CentreKioskConfig } from '../../../shared/config/schema';
import { config as configSignal } from '../../app/state';
import { AttractScreen } from './AttractScreen';

export interface AttractHtml {
  /** The `lang` for the page's html element. */
  lang: string;
  /** The screen's markup, for inside `#app`. */
  html: string;
}

/** Render the attract screen for `config` (in its default language). */
export async function attractHtml(config: CentreKioskConfig): Promise<AttractHtml> {
  const lang = config.kiosk.languages.default;
  await loadFirstWords(lang);
  setLanguage(lang);
  configSignal.value = config;
  const html = renderToString(<AttractScreen onStart={() => {}} />).replace(
    /^<main /,
    '<main inert aria-hidden="true" ',
  );
  return { lang: HTML_LANG[lang], html };
}
