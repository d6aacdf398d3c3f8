import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import { KIT_STATES } from '../../../src/kiosk/ui/states';
import { LANGUAGES } from '../../../src/shared/config/schema';
import { RAW_KEY } from './helpers';

/** Everything a person could see or hear from the DOM: text and naming attributes. */
function allText(root: Element): string {
  const attrs = [...root.querySelectorAll('[aria-label],[title],[alt]')].flatMap((el) =>
    ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
  );
  // Text nodes one per line, so "…staff." + "Try again" never reads as a key.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '');
  return [...texts, ...attrs].join('\n');
}

describe('KIT_STATES', () => {
  it('has unique ids named <component>--<state>', () => {
    const ids = KIT_STATES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z-]+--[a-z0-9-]+$/);
  });

  it('covers every component of the kit', () => {
    const components = new Set(KIT_STATES.map((s) => s.component));
    for (const c of [
      'Icon',
      'BigButton',
      'ChoiceGrid',
      'Keypad',
      'Confirm',
      'Success',
      'Problem',
      'Dialog',
      'ScrollArea',
      'Screen',
    ]) {
      expect(components).toContain(c);
    }
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      for (const state of KIT_STATES) {
        it(`${state.id} renders with no raw i18n key`, () => {
          setLanguage(lang);
          const { container } = render(<KioskUiProvider>{state.render()}</KioskUiProvider>);
          const text = allText(container);
          expect(text.trim().length).toBeGreaterThan(0);
          expect(text).not.toMatch(RAW_KEY);
        });
      }
    });
  }

  it('the raw-key check would catch a missing key', () => {
    setLanguage('en');
    const { container } = render(<p>{'kit.keypad.nope'}</p>);
    expect(allText(container)).toMatch(RAW_KEY);
  });
});
