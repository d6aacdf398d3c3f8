/**
 * Setup for the jsdom test project: a clean DOM and language before each test, and the few
 * browser APIs jsdom lacks that the kit touches (pointer capture).
 */
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
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
