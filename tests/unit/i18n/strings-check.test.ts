/** The checks of completeness.test.ts must be able to fail: each is shown a broken example. */
import { describe, expect, it } from 'vitest';
import type { AreaStrings } from '../../../src/i18n/types';
import { areaProblems, flatten, hasText, keysUsed, pluralForms, variables } from './strings-check';

const good: AreaStrings = {
  'zh-Hans': { title: '标题', left_other: '还剩 {{count}} 秒', nested: { hi: '您好，{{name}}' } },
  'zh-Hant': { title: '標題', left_other: '還剩 {{count}} 秒', nested: { hi: '您好，{{name}}' } },
  en: {
    title: 'Title',
    left_one: 'One second left',
    left_other: '{{count}} seconds left',
    nested: { hi: 'Hello, {{name}}' },
  },
};

const broken = (edit: (a: AreaStrings) => void): AreaStrings => {
  const copy = structuredClone(good);
  edit(copy);
  return copy;
};

describe('areaProblems', () => {
  it('accepts a complete area, counting a plural as one key', () => {
    expect(areaProblems('x', good)).toEqual([]);
  });

  it.each([
    [
      'a key missing in one language',
      (a: AreaStrings) => delete a['zh-Hant'].title,
      'x.title is missing in zh-Hant',
    ],
    ['an empty value', (a: AreaStrings) => (a.en.title = ' '), 'x.title (en) is empty'],
    [
      'a variable missing in one language',
      (a: AreaStrings) => ((a['zh-Hans'].nested as { hi: string }).hi = '您好'),
      'x.nested.hi has different {{variables}} by language: zh-Hans {{}}, zh-Hant {{name}}, en {{name}}',
    ],
    [
      'a renamed variable',
      (a: AreaStrings) => ((a.en.nested as { hi: string }).hi = 'Hello, {{who}}'),
      'zh-Hans {{name}}, zh-Hant {{name}}, en {{who}}',
    ],
    [
      'en without _one',
      (a: AreaStrings) => delete a.en.left_one,
      'x.left (en) has plural forms [other] but en needs [one, other]',
    ],
    [
      'zh with a dead _one',
      (a: AreaStrings) => (a['zh-Hant'].left_one = '還剩 1 秒'),
      'x.left (zh-Hant) has plural forms [one, other] but zh-Hant needs [other]',
    ],
    [
      'plural in one language, plain in another',
      (a: AreaStrings) => {
        delete a['zh-Hans'].left_other;
        a['zh-Hans'].left = '还剩';
      },
      'x.left is plural in some languages and not in others',
    ],
  ])('reports %s', (_name, edit, fragment) => {
    expect(areaProblems('x', broken(edit)).join('\n')).toContain(fragment);
  });
});

describe('helpers', () => {
  it('knows the plural forms i18next uses', () => {
    expect(pluralForms('en')).toEqual(['one', 'other']);
    expect(pluralForms('zh-Hans')).toEqual(['other']);
  });

  it('reads {{variables}} in i18next forms', () => {
    expect(variables('{{a}} {{- b}} {{ c, number }} {c}')).toEqual(['a', 'b', 'c']);
  });

  it('finds text for plain and plural keys', () => {
    const en = flatten(good.en);
    expect(hasText(en, 'en', 'nested.hi')).toBe(true);
    expect(hasText(en, 'en', 'left')).toBe(true);
    expect(hasText(en, 'en', 'nested')).toBe(false);
    expect(hasText(flatten(good['zh-Hans']), 'zh-Hans', 'left')).toBe(true);
    expect(hasText(en, 'en', 'nope')).toBe(false);
  });

  it('finds literal keys and template prefixes in source', () => {
    const source = `
      <h1>{t('shell.home.title')}</h1> {t("a.b", { n })} tIn(lang, 'voice.hello') i18n.t('c.d')
      {t(\`shell.jobs.\${job}\`)} t(\`plain.template\`) format('not.a.key') at('no')`;
    expect(keysUsed(source)).toEqual({
      literal: ['shell.home.title', 'a.b', 'c.d', 'plain.template', 'voice.hello'],
      prefixes: ['shell.jobs.'],
    });
  });
});
