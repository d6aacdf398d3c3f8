/**
 * `npm run config:export -- <version> <dir>`: writes a stored config version back to a folder in
 * the format of record (kiosk-config/<centre>/), each file exactly as it was published, so the
 * seed exported is the seed folder byte for byte. Uses the same database as `npm start`
 * (DATABASE_URL, else DATABASE_PATH or ./data/centre.db).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  countVersions,
  selectNewestVersion,
  selectVersion,
} from '../server/config/config.repository';
import { createDatabase, type DatabaseEnv } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import type { ConfigFiles } from '../shared/config/versions-api';
import { LESSONS_DIR } from '../shared/lessons/files';

const USAGE = `Usage: npm run config:export -- <version> <dir>
  Writes config version <version> (a number, or "current" for the one kiosks run now) into <dir>,
  each file exactly as stored. The folder is made if it is missing; files of the same name are
  replaced. Uses the server's database (DATABASE_URL, or DATABASE_PATH, default ./data/centre.db).`;

/** Output for the tool; tests collect it. */
export interface ExportIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the export command; returns the process exit code. */
export async function runConfigExport(
  args: string[],
  env: DatabaseEnv,
  io: ExportIo,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const [which, dirArg] = args;
  if (args.length !== 2 || !which || !dirArg || !/^([1-9]\d{0,8}|current)$/.test(which)) {
    io.err(USAGE);
    return 2;
  }
  const dir = resolve(dirArg);
  const db = createDatabase(env);
  try {
    await migrateToLatest(db);
    const row =
      which === 'current' ? await selectNewestVersion(db) : await selectVersion(db, Number(which));
    if (!row) {
      const total = await countVersions(db);
      io.err(
        total === 0
          ? 'This database holds no config version yet: start the server once (npm start) to store the seed folder as version 1.'
          : `There is no config version ${which}: this database holds versions 1 to ${total}.`,
      );
      return 1;
    }
    const files = JSON.parse(row.files) as ConfigFiles;
    mkdirSync(dir, { recursive: true });
    // Every .json file in a config folder is read as part of the config: a stray one left from
    // another version would make the exported folder something that never was published.
    const lessonsDir = join(dir, LESSONS_DIR);
    const strays = [
      ...readdirSync(dir),
      ...(existsSync(lessonsDir) ? readdirSync(lessonsDir).map((n) => `${LESSONS_DIR}/${n}`) : []),
    ].filter((name) => name.endsWith('.json') && !(name in files));
    if (strays.length > 0) {
      io.err(
        `${dir} already holds ${strays.join(', ')}, which version ${row.number} does not have; kiosks would read them as part of the config. Export into an empty folder, or move those files away first.`,
      );
      return 1;
    }
    for (const [name, text] of Object.entries(files)) {
      // Lessons go to the folder's lessons/ (their names are `lessons/<id>.json`).
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text, 'utf8');
    }
    const names = Object.keys(files).sort().join(', ');
    io.out(`Exported config version ${row.number} (${row.hash}: ${names}) to ${dir}.`);
    return 0;
  } catch (error) {
    io.err(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runConfigExport(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
