/**
 * `npm run staff -- <command>`: manage staff accounts from the server's shell, with the same
 * rules and audit entries as the console (the actor is recorded as "cli").
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Actor } from '../server/audit/audit.service';
import { createDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import type { Database } from '../server/db/schema';
import { AppError } from '../server/http/errors';
import { parseInput } from '../server/http/validate';
import {
  addStaff,
  listStaff,
  resetStaffPassword,
  type StaffAccountView,
  setStaffDisabled,
} from '../server/staff/staff.service';
import { NameSchema, NewPasswordSchema, RoleSchema, UsernameSchema } from '../shared/staff/api';

const USAGE = `Usage: npm run staff -- <command> [options]

  add --name 王芳 --username wangfang --role admin|staff|kitchen|trainer [--password-stdin]
      Adds an account. Prints a generated password once, unless --password-stdin reads one.
  list [--json]
      Lists every account.
  disable --username wangfang      Disables an account and ends its sessions.
  enable --username wangfang       Enables it again.
  reset-password --username wangfang [--password-stdin]
      Sets a new password (printed once if generated), ends sessions, lifts a sign-in lock.

DATABASE_URL (PostgreSQL) or DATABASE_PATH (SQLite, default ./data/centre.db) picks the store.`;

const CLI: Actor = { kind: 'cli' };

/** What the command needs from outside; tests pass their own. */
export interface StaffCliIo {
  db: Kysely<Database>;
  /** All of standard input (only read for --password-stdin). */
  readStdin: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
}

function describe(account: StaffAccountView): string {
  const status = account.disabled
    ? 'disabled'
    : account.lockedUntil
      ? `locked until ${account.lockedUntil}`
      : 'enabled';
  return `${account.username.padEnd(20)} ${account.role.padEnd(8)} ${status.padEnd(10)} ${account.name}`;
}

async function readPassword(io: StaffCliIo): Promise<string> {
  // Only the final line break is the terminal's; anything else is part of the password.
  const password = (await io.readStdin()).replace(/\r?\n$/, '');
  return parseInput(NewPasswordSchema, password);
}

function printPassword(io: StaffCliIo, username: string, password: string | null) {
  if (!password) return;
  io.out(`Password for ${username}: ${password}`);
  io.out('It is shown only this once and stored nowhere in clear; pass it on now.');
}

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      username: { type: 'string' },
      role: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** Runs one staff command; returns the process exit code. */
export async function runStaffCli(argv: string[], io: StaffCliIo): Promise<number> {
  const now = () => (io.now ?? (() => new Date()))();
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  if (extra.length > 0) {
    io.err(`Unexpected: ${extra.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const need = (option: 'name' | 'username' | 'role'): string => {
    const value = values[option];
    if (value === undefined)
      throw new AppError(400, 'missing_option', `${command} needs --${option}.`);
    return value;
  };

  try {
    switch (command) {
      case 'add': {
        const input = {
          name: parseInput(NameSchema, need('name')),
          username: parseInput(UsernameSchema, need('username')),
          role: parseInput(RoleSchema, need('role')),
          password: values['password-stdin'] ? await readPassword(io) : undefined,
        };
        const { account, generatedPassword } = await addStaff(io.db, CLI, input, now());
        io.out(`Added ${account.username} (${account.name}, ${account.role}).`);
        printPassword(io, account.username, generatedPassword);
        return 0;
      }
      case 'list': {
        const accounts = await listStaff(io.db, now());
        if (values.json) io.out(JSON.stringify(accounts, null, 2));
        else if (accounts.length === 0) io.out('There are no staff accounts yet.');
        else for (const account of accounts) io.out(describe(account));
        return 0;
      }
      case 'disable':
      case 'enable': {
        const username = parseInput(UsernameSchema, need('username'));
        const account = await setStaffDisabled(
          io.db,
          CLI,
          { username },
          command === 'disable',
          now(),
        );
        io.out(`${account.username} is now ${account.disabled ? 'disabled' : 'enabled'}.`);
        return 0;
      }
      case 'reset-password': {
        const username = parseInput(UsernameSchema, need('username'));
        const password = values['password-stdin'] ? await readPassword(io) : undefined;
        const result = await resetStaffPassword(io.db, CLI, { username }, password, now());
        io.out(
          `The password of ${result.account.username} has been reset; their sessions have ended.`,
        );
        printPassword(io, result.account.username, result.generatedPassword);
        return 0;
      }
      default:
        io.err(`There is no command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    io.err(error.message);
    return 1;
  }
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const db = createDatabase(process.env);
  try {
    await migrateToLatest(db);
    process.exitCode = await runStaffCli(process.argv.slice(2), {
      db,
      readStdin: readAllStdin,
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } finally {
    await db.destroy();
  }
}
