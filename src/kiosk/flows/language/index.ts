/** The language screen, loaded on demand (app/lazy-screen.tsx); its words are the shell's. */
export { LanguageScreen } from './LanguageScreen';
