import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, resources } from '../../../src/i18n/resources';
import type { AreaStrings } from '../../../src/i18n/types';
import { LANGUAGES } from '../../../src/shared/config/schema';
import { areaProblems, flatten, hasPrefix, hasText, keysUsed } from './strings-check';

/** Source folders whose `t('…')` keys must exist in every language. */
const SOURCE_ROOTS = ['src/kiosk', 'src/staff'];

function sourceFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return []; // A folder nobody has started yet.
  }
  return names
    .filter((n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n))
    .map((n) => join(dir, n));
}

/** Every key a file uses that some language lacks, as "file: key (languages)". */
function missingKeys(files: string[]): string[] {
  const flat = new Map(LANGUAGES.map((lang) => [lang, flatten(resources[lang].translation)]));
  const missing: string[] = [];
  for (const file of files) {
    const { literal, prefixes } = keysUsed(readFileSync(file, 'utf8'));
    for (const key of literal) {
      const lacking = LANGUAGES.filter((lang) => !hasText(flat.get(lang) ?? new Map(), lang, key));
      if (lacking.length > 0)
        missing.push(`${file}: t('${key}') has no text in ${lacking.join(', ')}`);
    }
    for (const prefix of prefixes) {
      const lacking = LANGUAGES.filter((lang) => !hasPrefix(flat.get(lang) ?? new Map(), prefix));
      if (lacking.length > 0)
        missing.push(`${file}: t(\`${prefix}…\`) has no keys in ${lacking.join(', ')}`);
    }
  }
  return missing;
}

describe('every i18n area', () => {
  it.each(Object.keys(AREAS))(
    '%s: same keys, no empty text, same {{variables}}, right plurals',
    (area) => {
      const strings: Record<string, AreaStrings> = AREAS;
      expect(areaProblems(area, strings[area] ?? { 'zh-Hans': {}, 'zh-Hant': {}, en: {} })).toEqual(
        [],
      );
    },
  );
});

describe('keys used in the kiosk and staff source', () => {
  it('all exist in zh-Hans, zh-Hant and en', () => {
    expect(missingKeys(SOURCE_ROOTS.flatMap(sourceFiles))).toEqual([]);
  });
});
