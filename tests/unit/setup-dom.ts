/**
 * Setup for the jsdom test project: a clean DOM and language before each test, and the few
 * browser APIs jsdom lacks that the kit touches (pointer capture).
 */
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach } from 'vitest';
import { setI18nAudit, setLanguage } from '../../src/i18n';

// jsdom has PointerEvent but no pointer capture; the kit releases implicit touch capture.
if (typeof Element.prototype.hasPointerCapture !== 'function') {
  Element.prototype.hasPointerCapture = () => false;
  Element.prototype.releasePointerCapture = () => {};
  Element.prototype.setPointerCapture = () => {};
}

afterEach(() => {
  cleanup();
  setLanguage('zh-Hans');
  setI18nAudit(false);
  delete document.documentElement.dataset.textSize;
  delete document.documentElement.dataset.theme;
});

/**
 * Preact runs effects after the next frame, or after 100 ms when no frame comes; such a timer still
 * pending when the file ends fires after jsdom is torn down and calls a `cancelAnimationFrame` that
 * is gone — an uncaught error that failed whole runs on a loaded machine. Let every one fire (and
 * the effects they start) while the window is still here.
 */
afterAll(async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 150));
});
