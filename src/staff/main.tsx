/** The staff console's entry: language, the address bar, who is signed in, then the frame. */
import '../i18n/console-strings';
import { render } from 'preact';
import { setLanguage } from '../i18n';
import { App } from './app/App';
import { startRouter } from './app/router';
import { checkSession } from './app/session';
import { initialLanguage } from './ui/LanguageSwitch';
import './console.css';

setLanguage(initialLanguage());
startRouter();
void checkSession();
render(<App />, document.getElementById('app') as HTMLElement);
