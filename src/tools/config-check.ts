/**
 * `npm run config:check [folder]` — checks a centre's config folder (default kiosk-config/demo)
 * and prints every problem as `file › path: what is wrong`. Exit 0 when good, 1 when there are
 * problems, 2 when the folder cannot be read.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG_DIR, readConfigBundle } from '../server/lib/config-bundle';
import { type ConfigProblem, formatProblem, validateConfigFiles } from '../shared/config/validate';

/** What a check printed and its exit code; kept apart from `process` so tests can call it. */
export interface CheckOutcome {
  code: 0 | 1 | 2;
  out: string[];
  err: string[];
}

/** Check one config folder. */
export function checkConfigFolder(dir: string): CheckOutcome {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    return {
      code: 2,
      out: [],
      err: [
        `There is no config folder at "${dir}".`,
        'Give the folder of one centre, like: npm run config:check kiosk-config/demo',
      ],
    };
  }
  const bundle = readConfigBundle(dir);
  const validated = validateConfigFiles(bundle);
  const result =
    validated.ok && missingPhotos(dir, validated.config).length > 0
      ? { ok: false as const, problems: missingPhotos(dir, validated.config) }
      : validated;
  if (result.ok) {
    const { name } = result.config.centre;
    return {
      code: 0,
      out: [`OK: ${name['zh-Hans']} / ${name.en} — config version ${bundle.version} (${dir})`],
      err: [],
    };
  }
  const n = result.problems.length;
  return {
    code: 1,
    out: [
      ...result.problems.map(formatProblem),
      '',
      `${n} ${n === 1 ? 'problem' : 'problems'} in ${dir}. The kiosk will not start with this config.`,
      `Fix ${n === 1 ? 'it' : 'them'}, then run npm run config:check ${dir} again. kiosk-config/README.md explains every setting.`,
    ],
    err: [],
  };
}

/**
 * The meal photos meals.json names that are not in the folder's photos/ (the server stores that
 * folder's pictures at start; a photo uploaded in the console is already stored and never checked
 * here, since a folder exported from the server carries its photos).
 */
function missingPhotos(
  dir: string,
  config: { meals?: { meals: { photo?: string }[] } },
): ConfigProblem[] {
  return (config.meals?.meals ?? []).flatMap((meal, i) =>
    meal.photo && !existsSync(join(dir, 'photos', meal.photo))
      ? [
          {
            file: 'meals.json',
            path: `meals[${i}].photo`,
            message: `there is no picture "${meal.photo}" in the photos folder beside meals.json — put it there, or remove "photo"`,
          },
        ]
      : [],
  );
}

/** Command-line entry: one optional folder argument. */
export function main(args: string[]): CheckOutcome {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    return {
      code: 2,
      out: [],
      err: [
        'Usage: npm run config:check [config folder], like: npm run config:check kiosk-config/demo',
      ],
    };
  }
  return checkConfigFolder(args[0] ?? DEFAULT_CONFIG_DIR);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, out, err } = main(process.argv.slice(2));
  for (const line of out) console.log(line);
  for (const line of err) console.error(line);
  process.exitCode = code;
}
