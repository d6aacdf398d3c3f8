import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../src/i18n/resources';
import type { Strings } from '../../../src/i18n/types';
import { ICON_NAMES } from '../../../src/kiosk/ui/icon/paths';

// The kit's words with the showcase page's (kit-showcase.ts), as the showcase registers them.
const { kit } = AREAS;

function keys(tree: Strings, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

describe('kit strings', () => {
  // Same keys in every language, with each language's own plural forms: tests/unit/i18n/completeness.test.ts.

  it('has no empty string', () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const walk = (tree: Strings): void => {
        for (const v of Object.values(tree)) {
          if (typeof v === 'string') expect(v.trim()).not.toBe('');
          else walk(v);
        }
      };
      walk(kit[lang]);
    }
  });

  it('names every icon in the gallery', () => {
    const names = keys(kit['zh-Hans']).filter((k) => k.startsWith('showcase.icon.'));
    expect(names.map((k) => k.slice('showcase.icon.'.length)).sort()).toEqual(
      [...ICON_NAMES].sort(),
    );
  });

  it('keeps button labels of the kit itself within 20 CJK characters', () => {
    const kitLabels = ['keypad.delete', 'keypad.clear', 'keypad.done', 'confirm.yes', 'confirm.no'];
    for (const path of kitLabels) {
      const value = path
        .split('.')
        .reduce<Strings | string>((t, k) => (t as Strings)[k] as Strings, kit['zh-Hans']);
      expect(String(value).length).toBeLessThanOrEqual(20);
    }
  });
});
