import { describe, expect, it } from 'vitest';
import {
  ageBands,
  evaluateProgramme,
  evaluateSubsidies,
  type PersonFacts,
  type ProgrammeResult,
} from '../../../src/shared/subsidies';
import { born, demoSubsidies, MEALS, SUBSIDIES } from './demo-subsidies';

const on = (facts: PersonFacts, day: string, config = SUBSIDIES) =>
  evaluateSubsidies(config, MEALS, facts, day);
const find = (answer: { programmes: ProgrammeResult[] }, id: string) => {
  const found = answer.programmes.find((p) => p.id === id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
};
const oldAge = (facts: PersonFacts, day: string, config = SUBSIDIES) =>
  find(on(facts, day, config), 'qinghe-old-age');

/** The demo with the district's old-age allowance starting in the birthday month instead. */
const BIRTHDAY_MONTH = demoSubsidies((json) => {
  for (const p of json.programmes) p.ageStart = 'birthday-month';
});

describe('old-age allowance at the 80th birthday (district rule: from the month after)', () => {
  // Born on the 1st: the day before the birthday is in the month before.
  const facts = born('1946-04-01');

  it('the day before, on and after the birthday: not yet, from May, said with the age in 周岁', () => {
    const before = oldAge(facts, '2026-03-31');
    expect(before).toMatchObject({ verdict: 'not-yet', fen: 5000, startMonth: '2026-05' });
    expect(before.reasons).toContainEqual(
      expect.objectContaining({ code: 'age-not-yet', age: 79, min: 80, start: 'month-after' }),
    );
    for (const day of ['2026-04-01', '2026-04-02']) {
      const r = oldAge(facts, day);
      expect(r).toMatchObject({ verdict: 'not-yet', startMonth: '2026-05' });
      expect(r.reasons).toContainEqual(
        expect.objectContaining({ code: 'age-not-yet', age: 80, month: '2026-05' }),
      );
    }
    expect(oldAge(facts, '2026-05-01')).toMatchObject({ verdict: 'yes', fen: 5000 });
  });

  it('a birthday-month rule pays from the birthday month itself', () => {
    expect(oldAge(facts, '2026-03-31', BIRTHDAY_MONTH)).toMatchObject({
      verdict: 'not-yet',
      startMonth: '2026-04',
    });
    expect(oldAge(facts, '2026-04-01', BIRTHDAY_MONTH)).toMatchObject({
      verdict: 'yes',
      fen: 5000,
    });
    expect(oldAge(facts, '2026-04-02', BIRTHDAY_MONTH)).toMatchObject({
      verdict: 'yes',
      fen: 5000,
    });
  });

  it('a birthday mid-month counts for the whole month, whichever day of it', () => {
    const mid = born('1946-03-15');
    for (const day of ['2026-03-14', '2026-03-15', '2026-03-16']) {
      expect(oldAge(mid, day)).toMatchObject({ verdict: 'not-yet', startMonth: '2026-04' });
      expect(oldAge(mid, day, BIRTHDAY_MONTH)).toMatchObject({ verdict: 'yes', fen: 5000 });
    }
  });

  it('a 29 February birthday: the band starts in March (February in a birthday-month rule)', () => {
    const leap = born('1948-02-29');
    expect(oldAge(leap, '2028-02-28')).toMatchObject({ verdict: 'not-yet', startMonth: '2028-03' });
    expect(oldAge(leap, '2028-02-29').reasons).toContainEqual(
      expect.objectContaining({ code: 'age-not-yet', age: 80 }),
    );
    expect(oldAge(leap, '2028-03-01')).toMatchObject({ verdict: 'yes', fen: 5000 });
    expect(oldAge(leap, '2028-02-28', BIRTHDAY_MONTH)).toMatchObject({ verdict: 'yes' });
    // In a year without 29 February the 85th birthday moves the band in March all the same.
    const older = born('1944-02-29');
    expect(oldAge(older, '2029-02-28')).toMatchObject({ verdict: 'yes', fen: 5000 });
    expect(oldAge(older, '2029-03-01')).toMatchObject({ verdict: 'yes', fen: 8000 });
  });
});

describe('every demo programme at its boundaries', () => {
  it('each old-age band pays its amount from the month after the birthday', () => {
    const cases: [string, number, number][] = [
      ['1941-06-15', 5000, 8000], // 85 on 2026-06-15
      ['1936-06-15', 8000, 20000], // 90
      ['1926-06-15', 20000, 60000], // 100
    ];
    for (const [birthDate, before, after] of cases) {
      expect(oldAge(born(birthDate), '2026-06-30').fen).toBe(before);
      expect(oldAge(born(birthDate), '2026-07-01').fen).toBe(after);
      expect(oldAge(born(birthDate), '2026-06-01', BIRTHDAY_MONTH).fen).toBe(after);
      expect(oldAge(born(birthDate), '2026-05-31', BIRTHDAY_MONTH).fen).toBe(before);
    }
  });

  it('not local 户籍: no old-age allowance, with that reason', () => {
    const r = oldAge(born('1930-01-01', { localHukou: false }), '2026-12-05');
    expect(r).toMatchObject({ verdict: 'no', fen: 0 });
    expect(r.reasons).toEqual([{ code: 'local-needed' }]);
  });

  it('service subsidy: 低保 or 特困 from 80 (the month after), or 低保 and at least moderately disabled from 60', () => {
    const poor = { categories: ['low-income' as const] };
    const service = (facts: PersonFacts, day: string) => find(on(facts, day), 'service-subsidy');
    expect(service(born('1946-04-10', poor), '2026-04-30')).toMatchObject({
      verdict: 'not-yet',
      startMonth: '2026-05',
    });
    expect(service(born('1946-04-10', poor), '2026-05-01')).toMatchObject({
      verdict: 'yes',
      fen: 10000,
    });
    const disabled = born('1966-04-10', { ...poor, disability: 'moderate' });
    expect(service(disabled, '2026-04-30').verdict).toBe('not-yet');
    expect(service(disabled, '2026-05-01')).toMatchObject({ verdict: 'yes', fen: 10000 });
    // Mildly disabled at 76: not from the disability line, but from 80 by the first.
    const mild = born('1950-01-01', { ...poor, disability: 'mild' });
    expect(service(mild, '2026-12-05')).toMatchObject({
      verdict: 'not-yet',
      startMonth: '2030-02',
    });
    const care = find(on(mild, '2026-12-05'), 'disability-care');
    expect(care.verdict).toBe('no');
    expect(care.reasons).toContainEqual({ code: 'disability-needed', grade: 'moderate' });
    const notPoor = service(born('1940-01-01'), '2026-12-05');
    expect(notPoor.reasons).toContainEqual(
      expect.objectContaining({
        code: 'category-needed',
        categories: ['low-income', 'extreme-poverty'],
      }),
    );
  });

  it('disability care by grade for 低保/特困; home adaptation caps for 特困 and 低保', () => {
    const care = (disability: PersonFacts['disability']) =>
      find(
        on(born('1950-01-01', { categories: ['extreme-poverty'], disability }), '2026-12-05'),
        'disability-care',
      ).fen;
    expect([care('mild'), care('moderate'), care('severe'), care('total')]).toEqual([
      0, 10000, 15000, 20000,
    ]);
    const grant = (facts: PersonFacts) => find(on(facts, '2026-12-05'), 'home-adaptation');
    expect(grant(born('1950-01-01', { categories: ['extreme-poverty'] }))).toMatchObject({
      verdict: 'yes',
      kind: 'one-off',
      fen: 1_000_000,
    });
    expect(grant(born('1950-01-01', { categories: ['low-income'] })).fen).toBe(500_000);
    expect(grant(born('1950-01-01', { disability: 'severe' })).fen).toBe(500_000);
    expect(grant(born('1950-01-01')).verdict).toBe('no');
  });

  it('meal subsidy: read from meals.json by the canteen rule, tier by tier at the 70th birthday', () => {
    const meal = (facts: PersonFacts, day: string) => on(facts, day).meals;
    // The canteen counts age on the birthday itself.
    expect(meal(born('1956-07-07'), '2026-07-06')).toMatchObject({
      verdict: 'yes',
      perMealFen: 200,
      elderFen: 1225,
      perMonth: 22,
    });
    expect(meal(born('1956-07-07'), '2026-07-07')).toMatchObject({
      perMealFen: 400,
      elderFen: 1025,
    });
    expect(meal(born('1941-06-15'), '2026-12-05')).toMatchObject({
      perMealFen: 600,
      elderFen: 825,
    });
    expect(meal(born('1944-10-01', { categories: ['low-income'] }), '2026-12-05')).toMatchObject({
      perMealFen: 1200,
      elderFen: 225,
    });
    expect(meal(born('1960-05-05', { localHukou: false }), '2026-12-05')).toMatchObject({
      verdict: 'no',
      perMealFen: 0,
      elderFen: 1425,
      reasons: [{ code: 'local-needed' }],
    });
  });
});

describe('combining programmes', () => {
  it('exclusive: of disability care and disabled persons’ care only the higher is paid; the rest stack', () => {
    const answer = on(
      born('1950-01-01', { categories: ['low-income'], disability: 'severe' }),
      '2026-12-05',
    );
    expect(find(answer, 'disability-care')).toMatchObject({
      verdict: 'yes',
      fen: 15000,
      paid: true,
    });
    const other = find(answer, 'disabled-persons-care');
    expect(other).toMatchObject({ verdict: 'yes', fen: 12000, paid: false });
    expect(other.reasons).toContainEqual({ code: 'exclusive', other: 'disability-care' });
    expect(find(answer, 'service-subsidy')).toMatchObject({
      verdict: 'yes',
      fen: 10000,
      paid: true,
    });
  });

  it('without the category, disabled persons’ care is paid alone', () => {
    const answer = on(born('1950-01-01', { disability: 'total' }), '2026-12-05');
    expect(find(answer, 'disability-care').verdict).toBe('no');
    expect(find(answer, 'disabled-persons-care')).toMatchObject({ fen: 12000, paid: true });
  });

  it('precedence: the district rule applies over the city rule for the same benefit', () => {
    const centenarian = born('1925-03-08');
    const answer = on(centenarian, '2026-12-05');
    expect(find(answer, 'qinghe-old-age')).toMatchObject({ verdict: 'yes', fen: 60000 });
    expect(find(answer, 'city-old-age')).toMatchObject({
      verdict: 'overridden',
      paid: false,
      reasons: [{ code: 'overridden', other: 'qinghe-old-age' }],
    });
    // Without the district's rule the city's applies, its 100+ amount = the 低保 standard.
    const cityOnly = demoSubsidies((json) => {
      json.programmes = json.programmes.filter((p) => p.id !== 'qinghe-old-age');
    });
    expect(find(on(centenarian, '2026-12-05', cityOnly), 'city-old-age')).toMatchObject({
      verdict: 'yes',
      fen: 98000,
    });
    const city = SUBSIDIES.programmes.find((p) => p.id === 'city-old-age');
    if (!city) throw new Error('no city rule');
    expect(evaluateProgramme(SUBSIDIES, city, born('1936-01-01'), '2026-12-05').fen).toBe(10000);
  });
});

describe('the anonymous check: age bands and 不知道', () => {
  it('offers the bands where the rules change, merging the youngest to leave room for 不知道', () => {
    expect(ageBands(SUBSIDIES, MEALS)).toEqual([
      { min: 0, max: 79 },
      { min: 80, max: 84 },
      { min: 85, max: 89 },
      { min: 90, max: 99 },
      { min: 100, max: null },
    ]);
    expect(ageBands(SUBSIDIES, MEALS, 7)[0]).toEqual({ min: 0, max: 59 });
  });

  const anon = (more: Partial<PersonFacts>): PersonFacts => ({
    age: null,
    localHukou: true,
    categories: [],
    disability: 'none',
    ...more,
  });

  it('a band below 80 is told when the allowance starts; a band inside pays its amount', () => {
    const young = oldAge(anon({ age: { band: { min: 0, max: 79 } } }), '2026-12-05');
    expect(young).toMatchObject({ verdict: 'not-yet', fen: 5000 });
    expect(young.startMonth).toBeUndefined();
    expect(young.reasons).toContainEqual(
      expect.objectContaining({ code: 'age-not-yet', min: 80, start: 'month-after' }),
    );
    expect(oldAge(anon({ age: { band: { min: 90, max: 99 } } }), '2026-12-05')).toMatchObject({
      verdict: 'yes',
      fen: 20000,
    });
  });

  it('unknown facts make a maybe with the range it could be', () => {
    expect(oldAge(anon({}), '2026-12-05')).toMatchObject({
      verdict: 'maybe',
      fen: 60000,
      fenFrom: 5000,
    });
    expect(
      oldAge(anon({ age: { band: { min: 85, max: 89 } }, localHukou: null }), '2026-12-05'),
    ).toMatchObject({ verdict: 'maybe', fen: 8000, fenFrom: 8000 });
    const care = find(
      on(
        anon({ age: { band: { min: 85, max: 89 } }, categories: null, disability: null }),
        '2026-12-05',
      ),
      'disability-care',
    );
    expect(care).toMatchObject({ verdict: 'maybe', fen: 20000, fenFrom: 10000 });
  });

  it('the meal subsidy for a band is the range of its tiers, by the canteen price rule', () => {
    const meals = on(anon({ age: { band: { min: 0, max: 79 } } }), '2026-12-05').meals;
    expect(meals).toMatchObject({ verdict: 'maybe', perMealFen: 400, perMealFenFrom: 200 });
    const poor = on(
      anon({ age: { band: { min: 0, max: 79 } }, categories: ['low-income'] }),
      '2026-12-05',
    ).meals;
    expect(poor).toMatchObject({ verdict: 'yes', perMealFen: 1200, elderFen: 225 });
  });
});
