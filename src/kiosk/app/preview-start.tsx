/**
 * The console's preview of a draft config (/?preview=1, #about for that screen), off the first
 * load: the draft from localStorage, and none of a real kiosk's side effects (no enrolling,
 * syncing, pulling, outbox, service worker or speech).
 */
import { render } from 'preact';
import { App } from './App';
import { loadPreviewConfig } from './config-load';
import { PREVIEW_KEY } from './config-start';
import { preloadFlows } from './lazy-screen';
import { home, navigate } from './router';
import { resetToDefaults, startSession } from './session';
import { config } from './state';

/** The preview opens on home (or "About this centre") and follows the console's draft as it changes. */
export function startPreview(root: HTMLElement): void {
  resetToDefaults();
  startSession();
  home();
  if (location.hash === '#about') navigate('about');
  void preloadFlows();
  window.addEventListener('storage', (event) => {
    if (event.key !== PREVIEW_KEY) return;
    void loadPreviewConfig().then((next) => {
      if (next.ok) config.value = next.config;
    });
  });
  // The page came with the attract screen of the config in force drawn in (the server's
  // kiosk-page.ts): the preview shows the draft, so none of it may stay.
  root.replaceChildren();
  render(<App />, root);
}
