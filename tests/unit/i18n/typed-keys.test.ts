/**
 * i18n keys are checked by the compiler (issue #12 item 4): `t` takes only keys the zh-Hans
 * strings have, and `defineArea` holds zh-Hant and English to the same keys. The lines marked
 * @ts-expect-error are compiled by `npm run lint` (tsconfig.test.json): if a misspelt key or a
 * missing translation ever compiled, the directive itself would fail the lint.
 */
import { describe, expect, it } from 'vitest';
import { hasKey, t } from '../../../src/i18n';
import '../../../src/i18n/kiosk-strings';
import { defineArea } from '../../../src/i18n/types';

describe('typed i18n keys', () => {
  it('a real key compiles and translates; a misspelt one does not compile', () => {
    expect(t('shell.callStaff.title')).not.toBe('shell.callStaff.title');
    // @ts-expect-error: there is no such key ("titel")
    const misspelt = () => t('shell.callStaff.titel');
    expect(hasKey('shell.callStaff.titel')).toBe(false);
    expect(typeof misspelt).toBe('function');
  });

  it('a plural is asked for without its suffix', () => {
    expect(t('about.activities.count', { count: 2 })).toContain('2');
  });

  it('an area whose other languages lack a key, or add one, does not compile', () => {
    const area = defineArea({
      'zh-Hans': { hello: '你好' },
      // @ts-expect-error: zh-Hant has "hallo" where zh-Hans has "hello"
      'zh-Hant': { hallo: '你好' },
      en: { hello: 'Hello' },
    });
    expect(area.en).toEqual({ hello: 'Hello' });
  });
});
