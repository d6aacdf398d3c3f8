/**
 * The language screen, loaded on demand (app/lazy-screen.tsx). Its words are the shell's; it
 * names every language in that language, so it brings the first-load words of all three (the
 * first load fetched only the one the kiosk started in).
 */
import '../../../i18n/kiosk-strings';

export { LanguageScreen } from './LanguageScreen';
