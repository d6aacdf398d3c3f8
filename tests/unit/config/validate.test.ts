import { describe, expect, it } from 'vitest';
import {
  type ConfigBundle,
  type ConfigProblem,
  formatProblem,
  validateConfigFiles,
} from '../../../src/shared/config/validate';
import { demoBundle, type Json } from './demo-files';

function problemsOf(bundle: ConfigBundle): ConfigProblem[] {
  const result = validateConfigFiles(bundle);
  return result.ok ? [] : result.problems;
}

const edit = (fn: (c: { centre: Json; kiosk: Json }) => void) => demoBundle(fn);

describe('the demo config', () => {
  it('is valid', () => {
    const result = validateConfigFiles(demoBundle());
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.config.centre.name.en).toBe('Changqing Community Centre');
  });
});

type Case = [
  name: string,
  bundle: () => ConfigBundle,
  file: string,
  path: string,
  fragment: string,
];

const BROKEN: Case[] = [
  [
    'bad JSON',
    () => ({
      version: 't',
      files: { ...demoBundle().files, 'kiosk.json': '{ "jobs": ["about",] }' },
    }),
    'kiosk.json',
    '',
    'not valid JSON at line 1, column 20: extra comma before ]',
  ],
  [
    'missing file',
    () => {
      const { 'centre.json': _gone, ...files } = demoBundle().files;
      return { version: 't', files };
    },
    'centre.json',
    '',
    'the file is missing',
  ],
  ...(['zh-Hans', 'zh-Hant', 'en'] as const).map(
    (lang): Case => [
      `missing ${lang} translation`,
      () => edit(({ centre }) => delete centre.name[lang]),
      'centre.json',
      `name.${lang}`,
      `text is missing — add "${lang}"`,
    ],
  ),
  [
    'empty translation',
    () => edit(({ centre }) => (centre.phones[1].label['zh-Hant'] = '  ')),
    'centre.json',
    'phones[1].label.zh-Hant',
    'Traditional Chinese (繁體中文) text is empty',
  ],
  [
    'bad time 25:00',
    () => edit(({ centre }) => (centre.openingHours[0].open = '25:00')),
    'centre.json',
    'openingHours[0].open',
    '"25:00" is not a time of day',
  ],
  [
    'opening after closing',
    () => edit(({ centre }) => (centre.openingHours[1].open = '17:00')),
    'centre.json',
    'openingHours[1].close',
    'closing time "16:00" is not after opening time "17:00"',
  ],
  [
    'bad phone',
    () => edit(({ centre }) => (centre.phones[0].number = 'ring 8765')),
    'centre.json',
    'phones[0].number',
    '"ring 8765" is not a phone number',
  ],
  [
    'no duty phone',
    () => edit(({ centre }) => (centre.phones[0].kind = 'other')),
    'centre.json',
    'phones',
    'there is no duty phone',
  ],
  [
    'unknown job',
    () => edit(({ kiosk }) => (kiosk.jobs = ['activities', 'games'])),
    'kiosk.json',
    'jobs[1]',
    '"games" is not a job the kiosk knows',
  ],
  ['empty jobs', () => edit(({ kiosk }) => (kiosk.jobs = [])), 'kiosk.json', 'jobs', 'no jobs'],
  [
    'job listed twice',
    () => edit(({ kiosk }) => (kiosk.jobs = ['about', 'activities', 'about'])),
    'kiosk.json',
    'jobs[2]',
    '"about" is listed twice',
  ],
  [
    'default language not enabled',
    () => edit(({ kiosk }) => (kiosk.languages.enabled = ['zh-Hant', 'en'])),
    'kiosk.json',
    'languages.default',
    'the default language "zh-Hans" is not enabled',
  ],
  [
    'idle warning as long as the timeout',
    () =>
      edit(({ kiosk }) => Object.assign(kiosk.idle, { timeoutSeconds: 60, warningSeconds: 60 })),
    'kiosk.json',
    'idle.warningSeconds',
    'must be shorter than the idle timeout',
  ],
  [
    'repeatIgnoreMs 200',
    () => edit(({ kiosk }) => (kiosk.touch.repeatIgnoreMs = 200)),
    'kiosk.json',
    'touch.repeatIgnoreMs',
    'a whole number from 300 to 1500 milliseconds, without quotes — found 200',
  ],
  [
    'azure provider without keys',
    () => edit(({ kiosk }) => (kiosk.voice.provider = 'azure')),
    'kiosk.json',
    'voice.azure',
    'voice provider "azure" needs "azure"',
  ],
  [
    'activity with both days and date',
    () => edit(({ centre }) => (centre.activities[0].date = '2026-11-24')),
    'centre.json',
    'activities[0].date',
    'not both',
  ],
  [
    'activity with neither days nor date',
    () => edit(({ centre }) => delete centre.activities[1].days),
    'centre.json',
    'activities[1].days',
    'missing — add "days"',
  ],
  ...['2026-02-30', '2026-13-45', '24/11/2026'].map(
    (date): Case => [
      `impossible date ${date}`,
      () => edit(({ centre }) => Object.assign(centre.activities[0], { days: undefined, date })),
      'centre.json',
      'activities[0].date',
      `"${date}" is not a date — write it as "YYYY-MM-DD"`,
    ],
  ),
  [
    'wrong PIN algorithm',
    () => edit(({ kiosk }) => (kiosk.staff.pin.algorithm = 'SHA1')),
    'kiosk.json',
    'staff.pin.algorithm',
    'npm run config:pin -- 1234',
  ],
  [
    'unknown extra key',
    () => edit(({ kiosk }) => (kiosk.display.colour = 'red')),
    'kiosk.json',
    'display.colour',
    '"colour" is not a setting of display — check the spelling',
  ],
  [
    'a programme amount naming a parameter that is not there',
    () => demoBundle(({ subsidies }) => (subsidies.programmes[0].amounts[2].parameter = 'dibao')),
    'subsidies.json',
    'programmes',
    'names a parameter that is not in "parameters"',
  ],
  [
    'two rules of one level for the same benefit',
    () => demoBundle(({ subsidies }) => (subsidies.programmes[0].level = 'district')),
    'subsidies.json',
    'programmes[1]',
    '"old-age-allowance" has two district rules',
  ],
  [
    'a one-off grant with a payout',
    () => demoBundle(({ subsidies }) => (subsidies.programmes[5].payout = { months: [1], day: 1 })),
    'subsidies.json',
    'programmes[5].payout',
    'a one-off grant has none',
  ],
  [
    'the meal subsidy without a canteen',
    () => {
      const bundle = demoBundle(({ kiosk }) => (kiosk.jobs = ['about']));
      delete bundle.files['meals.json'];
      return bundle;
    },
    'subsidies.json',
    'meals',
    'priced from meals.json',
  ],
  [
    'unknown extra file',
    () => ({ version: 't', files: { ...demoBundle().files, 'kiosk (copy).json': '{}' } }),
    'kiosk (copy).json',
    '',
    'not part of the kiosk config',
  ],
];

describe('a broken config', () => {
  it.each(BROKEN)('%s: reports exactly that problem', (_name, bundle, file, path, fragment) => {
    const problems = problemsOf(bundle());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, path });
    expect(problems[0]?.message).toContain(fragment);
  });

  it('reports every problem in a file, in every file', () => {
    const problems = problemsOf(
      edit(({ centre, kiosk }) => {
        centre.openingHours[0].open = '25:00';
        centre.phones[1].number = 'x';
        delete centre.address.en;
        kiosk.touch.repeatIgnoreMs = 200;
        kiosk.jobs = ['games'];
        Object.assign(kiosk.idle, { timeoutSeconds: 60, warningSeconds: 90 });
      }),
    );
    expect(problems.map((p) => `${p.file} ${p.path}`).sort()).toEqual([
      'centre.json address.en',
      'centre.json openingHours[0].open',
      'centre.json phones[1].number',
      'kiosk.json idle.warningSeconds',
      'kiosk.json jobs[0]',
      'kiosk.json touch.repeatIgnoreMs',
    ]);
  });

  it('names all unknown keys of one block in one problem', () => {
    const problems = problemsOf(
      edit(({ centre }) => Object.assign(centre, { colour: 1, logo: 2 })),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'colour',
        message: expect.stringContaining('"colour" and "logo" are not settings'),
      }),
    ]);
  });

  it('reports a cross-field rule once the fields it reads are fixed', () => {
    const broken = (timeout: unknown) =>
      problemsOf(
        edit(({ kiosk }) =>
          Object.assign(kiosk.idle, { timeoutSeconds: timeout, warningSeconds: 100 }),
        ),
      );
    expect(broken('ninety').map((p) => p.path)).toEqual(['idle.timeoutSeconds']);
    expect(broken(90).map((p) => p.path)).toEqual(['idle.warningSeconds']);
  });

  it('accepts a byte-order mark and explains Chinese punctuation', () => {
    const files = demoBundle().files;
    expect(
      validateConfigFiles({
        version: 't',
        files: { ...files, 'kiosk.json': `\uFEFF${files['kiosk.json']}` },
      }).ok,
    ).toBe(true);
    const wide = { ...files, 'kiosk.json': '{\n  "jobs"： ["about"]\n}' };
    expect(problemsOf({ version: 't', files: wide })[0]?.message).toContain(
      'line 2, column 9 has the Chinese punctuation mark "："',
    );
  });

  it('formats a problem as file › path: message', () => {
    expect(formatProblem({ file: 'kiosk.json', path: 'jobs[1]', message: 'bad' })).toBe(
      'kiosk.json › jobs[1]: bad',
    );
    expect(formatProblem({ file: 'kiosk.json', path: '', message: 'bad' })).toBe('kiosk.json: bad');
  });
});
