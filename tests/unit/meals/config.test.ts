import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MealsSchema } from '../../../src/shared/config/meals';
import { validateConfigFiles } from '../../../src/shared/config/validate';
import { menuFor, priceMeal, priceTableOf, sittingsOn } from '../../../src/shared/meals';

const demoText = readFileSync('kiosk-config/demo/meals.json', 'utf8');
const demo = v.parse(MealsSchema, JSON.parse(demoText));
const files = (meals?: unknown, jobs?: string[]) => {
  const kiosk = JSON.parse(readFileSync('kiosk-config/demo/kiosk.json', 'utf8'));
  if (jobs) kiosk.jobs = jobs;
  return {
    version: 't',
    files: {
      'centre.json': readFileSync('kiosk-config/demo/centre.json', 'utf8'),
      'kiosk.json': JSON.stringify(kiosk),
      'help.json': readFileSync('kiosk-config/demo/help.json', 'utf8'),
      // The demo's subsidies price its meal subsidy from meals.json, so they come together.
      ...(meals === undefined
        ? {}
        : {
            'meals.json': JSON.stringify(meals),
            'subsidies.json': readFileSync('kiosk-config/demo/subsidies.json', 'utf8'),
          }),
    },
  };
};
const problemsOf = (meals: unknown) => {
  const r = validateConfigFiles(files(meals));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('meals.json', () => {
  it('the demo canteen prices the subsidy-rules.md demo centre', () => {
    const table = priceTableOf(demo);
    expect(table.operatorDiscount).toEqual({ basisPoints: 500 });
    const at = (birthDate: string, categories: ('low-income' | 'living-alone')[] = []) =>
      priceMeal({
        table,
        member: { birthDate, localHukou: true, categories, disability: 'none' },
        day: '2026-11-24',
        usage: { day: 0, week: 0, month: 0 },
      }).elder;
    expect(at('1950-01-01', ['low-income'])).toBe(225);
    expect(at('1940-01-01')).toBe(825);
    expect(at('1950-01-01')).toBe(1025);
    expect(at('1960-01-01')).toBe(1225);
    expect(at('1970-01-01')).toBe(1425);
  });

  it('menus by weekday and sitting; no dinner on Saturday, nothing on Sunday', () => {
    expect(menuFor(demo, '2026-11-23', 'lunch').map((m) => m.id)).toEqual([
      'braised-fish',
      'steamed-egg',
      'tofu-greens',
    ]);
    expect(menuFor(demo, '2026-11-24', 'lunch').map((m) => m.id)[0]).toBe('pork-noodles');
    expect(menuFor(demo, '2026-11-28', 'dinner')).toEqual([]);
    expect(sittingsOn(demo, '2026-11-28').map((s) => s.id)).toEqual(['lunch']);
    expect(sittingsOn(demo, '2026-11-29')).toEqual([]);
  });

  it('is optional, but the "meals" job needs it', () => {
    expect(validateConfigFiles(files(undefined, ['about', 'activities'])).ok).toBe(true);
    const r = validateConfigFiles(files(undefined, ['about', 'meals']));
    expect(r.ok ? [] : r.problems.map((p) => `${p.file} › ${p.path}`)).toEqual([
      'kiosk.json › jobs',
    ]);
    const withMeals = validateConfigFiles(files(JSON.parse(demoText), ['about', 'meals']));
    expect(withMeals.ok && withMeals.config.meals?.sittings.length).toBe(2);
  });

  it('says in words what is wrong', () => {
    const broken = JSON.parse(demoText);
    broken.pricing.operatorDiscount = { percent: 5, fen: 100 };
    broken.sittings[0].cutoff.time = '11:30';
    broken.pricing.tiers[1].id = 'a';
    broken.meals[0].flags = ['spicy'];
    expect(problemsOf(broken)).toEqual(
      expect.arrayContaining([
        'pricing.operatorDiscount: give the canteen discount as "percent" or as "fen", exactly one of them',
        'sittings[0].cutoff.time: the cut-off is after serving starts — booking must close before the meal is served',
        'pricing.tiers[1]: the tier id "a" is listed twice — give each its own',
        expect.stringContaining('meals[0].flags[0]: "spicy" is not a meal flag'),
      ]),
    );
  });

  it('a menu may name only meals and sittings that exist (checked once the meals themselves are right)', () => {
    const broken = JSON.parse(demoText);
    broken.menu[0].meals.push('roast-duck');
    expect(problemsOf(broken)).toEqual([
      'menu: the menu names the meal "roast-duck", which is not in "meals"',
    ]);
    const twice = JSON.parse(demoText);
    twice.menu[1].days = [1];
    expect(problemsOf(twice)).toEqual([
      'menu: a weekday has two menus for the same sitting — list each day once per sitting',
    ]);
  });

  it('money must be whole fen', () => {
    const broken = JSON.parse(demoText);
    broken.pricing.basePriceFen = 15.5;
    expect(problemsOf(broken)).toEqual([
      expect.stringContaining('pricing.basePriceFen: must be a whole number from 0 to 100000 fen'),
    ]);
  });
});
