/** The sync area's strings and the refusal words: complete, same variables, right Chinese script. */
import { describe, expect, it } from 'vitest';
import { sync } from '../../../src/i18n/areas/sync';
import { ageOf } from '../../../src/kiosk/offline/age';
import { SYNC_PROBLEM_CODES } from '../../../src/kiosk/offline/problem';
import { REASON_CODES, REASONS } from '../../../src/shared/sync/reasons';
import { wrongScript } from '../i18n/chinese-scripts';
import { areaProblems, flatten } from '../i18n/strings-check';

describe('the sync i18n area', () => {
  it('has every key in all three languages, same variables, right plurals', () => {
    expect(areaProblems('sync', sync)).toEqual([]);
  });

  it('is Simplified in zh-Hans and Traditional in zh-Hant', () => {
    for (const script of ['zh-Hans', 'zh-Hant'] as const) {
      const wrong = [...flatten(sync[script])].flatMap(([key, text]) => {
        const chars = wrongScript(String(text), script);
        return chars.length ? [`${key}: ${chars.join('')}`] : [];
      });
      expect(wrong, script).toEqual([]);
    }
  });

  it('has words for every sync problem the staff screen may show', () => {
    const keys = [...flatten(sync.en).keys()];
    const missing = SYNC_PROBLEM_CODES.filter((code) => !keys.includes(`problem.${code}`));
    expect(missing).toEqual([]);
  });
});

describe('REASONS', () => {
  it('has non-empty words in all three languages for every code, in the right script', () => {
    expect(Object.keys(REASONS).sort()).toEqual([...REASON_CODES].sort());
    for (const code of REASON_CODES) {
      const words = REASONS[code];
      expect(
        Object.values(words).every((w) => w.trim().length > 0),
        code,
      ).toBe(true);
      expect(wrongScript(words['zh-Hans'], 'zh-Hans'), code).toEqual([]);
      expect(wrongScript(words['zh-Hant'], 'zh-Hant'), code).toEqual([]);
    }
  });
});

describe('ageOf', () => {
  it.each([
    [0, 'justNow', 0],
    [59_999, 'justNow', 0],
    [60_000, 'minutes', 1],
    [59 * 60_000, 'minutes', 59],
    [60 * 60_000, 'hours', 1],
    [25 * 3600_000, 'days', 1],
    [-5000, 'justNow', 0],
  ])('%i ms is %s %i', (ms, unit, count) => {
    expect(ageOf(ms)).toEqual({ unit, count });
  });
});
