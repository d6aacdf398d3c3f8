/**
 * Parse and validate a config folder's files (given as raw text, so the browser and Node share it).
 * Every problem is reported with the file, the path inside it and what is wrong.
 */
import * as v from 'valibot';
import { isLessonFile } from '../lessons/files';
import { validateLessonFiles } from '../lessons/validate';
import { parseJsonText } from './json-text';
import type { ConfigBundle, ConfigProblem } from './problem';
import {
  type CentreKioskConfig,
  CONFIG_FILES,
  type ConfigFileName,
  OPTIONAL_CONFIG_FILES,
  SERVED_CONFIG_FILES,
} from './schema';

export { type ConfigBundle, type ConfigProblem, formatProblem } from './problem';

/** The validated config, or every problem found. */
export type ConfigResult =
  | { ok: true; config: CentreKioskConfig }
  | { ok: false; problems: ConfigProblem[] };

const FILE_NAMES = Object.keys(CONFIG_FILES) as ConfigFileName[];
const REQUIRED_FILES = FILE_NAMES.filter((f) => !OPTIONAL_CONFIG_FILES.includes(f));

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const { key } of issue.path ?? []) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

type FileOutcome = { problems: ConfigProblem[] } | { problems?: undefined; output: unknown };

/**
 * Which form of the files: `stored` (a folder, a draft, a published version: every secret in
 * place) or `served` (what /config.json gives kiosks: no staff PIN hash, no Azure key).
 */
export type ConfigForm = 'stored' | 'served';

function checkFile(file: ConfigFileName, text: unknown, form: ConfigForm): FileOutcome {
  if (typeof text !== 'string') {
    const message = `the file is missing — every config folder needs ${REQUIRED_FILES.join(' and ')}`;
    return { problems: [{ file, path: '', message }] };
  }
  const json = parseJsonText(text);
  if (!json.ok) return { problems: [{ file, path: '', message: json.message }] };
  const schemas = form === 'served' ? SERVED_CONFIG_FILES : CONFIG_FILES;
  const result = v.safeParse(schemas[file], json.value, { abortEarly: false });
  if (result.success) return { output: result.output };
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const issue of result.issues) {
    const problem = { file, path: pathOf(issue), message: issue.message };
    const id = `${problem.path}\0${problem.message}`;
    // A value that breaks several rules with the same message (e.g. a range) is said once.
    if (!seen.has(id)) problems.push(problem);
    seen.add(id);
  }
  return { problems };
}

/**
 * Validate every expected file; problems from all files are collected, not just the first. A
 * kiosk validates what /config.json serves (`served`); everything else the stored form.
 */
export function validateConfigFiles(
  bundle: ConfigBundle,
  form: ConfigForm = 'stored',
): ConfigResult {
  const steps = configValidationSteps(bundle, form);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `validateConfigFiles` one file at a time: it pauses (yields) after each file's schema check, so
 * a page can spread the work over idle moments (the kiosk checks its config that way, where one
 * long task would hold up a touch). The result is the same as the whole check's.
 */
export function* configValidationSteps(
  bundle: ConfigBundle,
  form: ConfigForm = 'stored',
): Generator<void, ConfigResult> {
  const problems: ConfigProblem[] = [];
  for (const name of Object.keys(bundle.files ?? {}).sort()) {
    if (!(FILE_NAMES as string[]).includes(name) && !isLessonFile(name)) {
      problems.push({
        file: name,
        path: '',
        message: `this file is not part of the kiosk config — only ${FILE_NAMES.join(', ')} and lessons/<id>.json belong here; rename it or move it out of the folder`,
      });
    }
  }
  const parsed: Partial<Record<ConfigFileName, unknown>> = {};
  for (const name of FILE_NAMES) {
    if (OPTIONAL_CONFIG_FILES.includes(name) && bundle.files?.[name] === undefined) continue;
    const outcome = checkFile(name, bundle.files?.[name], form);
    if (outcome.problems) problems.push(...outcome.problems);
    else parsed[name] = outcome.output;
    yield;
  }
  const kiosk = parsed['kiosk.json'] as CentreKioskConfig['kiosk'] | undefined;
  if (kiosk?.jobs.includes('meals') && bundle.files?.['meals.json'] === undefined) {
    problems.push({
      file: 'kiosk.json',
      path: 'jobs',
      message:
        'the "meals" job needs the canteen described in meals.json — add meals.json or remove "meals" from the jobs',
    });
  }
  if (kiosk?.jobs.includes('help') && bundle.files?.['help.json'] === undefined) {
    problems.push({
      file: 'kiosk.json',
      path: 'jobs',
      message:
        'the "help" job needs the help categories described in help.json — add help.json or remove "help" from the jobs',
    });
  }
  // Lessons are checked in the stored form only: /config.json leaves them out (lessons/files.ts).
  // A "lessons" job with none yet is allowed: its list says so kindly (a centre writing its first).
  if (form === 'stored') problems.push(...validateLessonFiles(bundle.files ?? {}).problems);
  if (kiosk?.jobs.includes('subsidies') && bundle.files?.['subsidies.json'] === undefined) {
    problems.push({
      file: 'kiosk.json',
      path: 'jobs',
      message:
        'the "subsidies" job needs the programmes described in subsidies.json — add subsidies.json or remove "subsidies" from the jobs',
    });
  }
  const subsidies = parsed['subsidies.json'] as CentreKioskConfig['subsidies'];
  if (subsidies?.meals && bundle.files?.['meals.json'] === undefined) {
    problems.push({
      file: 'subsidies.json',
      path: 'meals',
      message:
        'the meal subsidy is priced from meals.json, which this centre does not have — add meals.json or remove "meals" here',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const meals = parsed['meals.json'] as CentreKioskConfig['meals'];
  const help = parsed['help.json'] as CentreKioskConfig['help'];
  return {
    ok: true,
    config: {
      version: bundle.version,
      centre: parsed['centre.json'] as CentreKioskConfig['centre'],
      kiosk: kiosk as CentreKioskConfig['kiosk'],
      ...(meals ? { meals } : {}),
      ...(help ? { help } : {}),
      ...(subsidies ? { subsidies } : {}),
    },
  };
}
