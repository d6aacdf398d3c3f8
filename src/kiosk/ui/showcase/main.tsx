/** Entry of the kit showcase page (/src/kiosk/ui/showcase/index.html). */
import '../../../i18n/kiosk-strings';
import '../tokens.css';
import '../base.css';
import './showcase.css';
import { render } from 'preact';
import { HTML_LANG, registerAreas, setLanguage } from '../../../i18n';
import { kitShowcase } from '../../../i18n/areas/kit-showcase';
import { KioskUiProvider } from '../context';
import { readParams } from './params';
import { Showcase } from './Showcase';

// The page's own words, beside the kit's (kiosks never load these).
registerAreas({ kit: kitShowcase });

const params = readParams(location.search);
const html = document.documentElement;
html.dataset.textSize = params.size;
if (params.theme === 'high-contrast') html.dataset.theme = 'high-contrast';
setLanguage(params.lang);

/** Speaks with the browser's voice, so a reviewer hears what the keypad says. */
function speak(text: string): void {
  if (typeof speechSynthesis === 'undefined') return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = HTML_LANG[params.lang];
  speechSynthesis.speak(utterance);
}

const stopSpeech = () => {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
};

const root = document.getElementById('app');
if (root) {
  render(
    <KioskUiProvider speak={speak} onTouch={stopSpeech} clickSound>
      <Showcase stateId={params.state} search={location.search} />
    </KioskUiProvider>,
    root,
  );
}
