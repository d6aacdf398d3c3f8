/** zh-Hant text must be Traditional and zh-Hans text Simplified, in the strings and the demo config. */
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../src/i18n/resources';
import { demoJson } from '../config/demo-files';
import { SIMPLIFIED_TO_TRADITIONAL, wrongScript } from './chinese-scripts';
import { flatten } from './strings-check';

type Script = 'zh-Hans' | 'zh-Hant';
const SCRIPTS: Script[] = ['zh-Hans', 'zh-Hant'];

function misfits(texts: [where: string, text: string][], script: Script): string[] {
  return texts.flatMap(([where, text]) => {
    const wrong = wrongScript(text, script);
    return wrong.length ? [`${where}: ${wrong.join(' ')} in "${text}"`] : [];
  });
}

/** Every LocalText of a config file, found by its three language keys. */
function localTexts(value: unknown, script: Script, path = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record[script] === 'string' && typeof record.en === 'string')
    return [[path, record[script] as string]];
  return Object.entries(record).flatMap(([k, v]) => localTexts(v, script, `${path}.${k}`));
}

describe('Chinese script', () => {
  it('the character list is sound: distinct, and no character on both sides', () => {
    const traditional = new Set([...SIMPLIFIED_TO_TRADITIONAL.values()].flatMap((t) => [...t]));
    for (const [simplified, forms] of SIMPLIFIED_TO_TRADITIONAL) {
      expect(forms.length, simplified).toBeGreaterThan(0);
      expect(traditional.has(simplified), simplified).toBe(false);
    }
    expect(SIMPLIFIED_TO_TRADITIONAL.size).toBeGreaterThan(100);
  });

  it('catches a mistranslation either way', () => {
    expect(wrongScript('请按这个按钮', 'zh-Hant')).toEqual(['请', '这', '个', '钮']);
    expect(wrongScript('請按這個按鈕', 'zh-Hans')).toEqual(['請', '這', '個', '鈕']);
    expect(wrongScript('服務台上的電話', 'zh-Hant')).toEqual([]);
  });

  it.each(SCRIPTS)('every %s i18n string is in that script', (script) => {
    const texts = Object.entries(AREAS).flatMap(([area, strings]) =>
      [...flatten(strings[script] ?? {})].map(([key, text]): [string, string] => [
        `${area}.${key}`,
        String(text),
      ]),
    );
    expect(misfits(texts, script)).toEqual([]);
  });

  it.each(SCRIPTS)('every %s text in the demo config is in that script', (script) => {
    const { centre } = demoJson();
    expect(misfits(localTexts(centre, script, 'centre.json'), script)).toEqual([]);
  });
});
