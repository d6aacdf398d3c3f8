/**
 * Config versions: reading the history, checking a draft, publishing and restoring. Every
 * publish and restore is one transaction with its audit entry and the "config" change kiosks
 * pull; the in-memory config is replaced once it has committed.
 */
import type { Kysely } from 'kysely';
import { CONFIG_CHANGE, CURRENT_CONFIG_KEY } from '../../shared/config/changes';
import { diffConfig, parseConfigFiles } from '../../shared/config/diff';
import { validateConfigFiles } from '../../shared/config/validate';
import type {
  ConfigChange,
  ConfigFiles,
  ConfigProblem,
  ConfigVersionSummary,
  ConfigVersionView,
} from '../../shared/config/versions-api';
import { type Actor, recordAudit } from '../audit/audit.service';
import { isUniqueViolation } from '../db/errors';
import type { Database } from '../db/schema';
import type { EventBus } from '../events/bus';
import { AppError, conflict, type ErrorBody, notFound } from '../http/errors';
import { configHash } from '../lib/config-bundle';
import { publishPut } from '../sync/changes';
import {
  countKiosksByHash,
  countVersions,
  insertVersion,
  numbersByHash,
  selectNewestVersion,
  selectVersion,
  selectVersionPage,
} from './config.repository';
import type { ConfigVersionRow } from './config.table';
import type { ConfigStore } from './config-store';
import { maskFiles, unmaskFiles } from './secrets';

/** Versions per page of the history. */
export const VERSIONS_PAGE_SIZE = 20;

/** Who publishes: the audit actor and the name the history shows. */
export interface Publisher {
  actor: Actor;
  name: string;
}

/** A publish refused because the draft has problems (answered 422 with every problem). */
export class ConfigProblemsError extends AppError {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      422,
      'config_invalid',
      `The settings were not saved: ${problems.length} ${problems.length === 1 ? 'thing needs' : 'things need'} fixing first.`,
    );
  }

  /** The API's error body plus every problem, each with its file, path and words. */
  override toBody(): ErrorBody & { problems: ConfigProblem[] } {
    return { ...super.toBody(), problems: this.problems };
  }
}

function toSummary(
  row: Omit<ConfigVersionRow, 'files'>,
  newest: number,
  kiosks: Map<string, number>,
): ConfigVersionSummary {
  return {
    number: Number(row.number),
    hash: row.hash,
    note: row.note,
    by: row.by_id === null ? null : { id: row.by_id, name: row.by_name ?? '' },
    at: row.at,
    restoredFrom: row.restored_from === null ? null : Number(row.restored_from),
    current: Number(row.number) === newest,
    // A kiosk reports a hash; a restore gives an old hash a new number, so only the newest
    // version with that hash counts it.
    kiosks: kiosks.get(row.hash) ?? 0,
  };
}

async function toView(db: Kysely<Database>, row: ConfigVersionRow): Promise<ConfigVersionView> {
  const newest = await selectNewestVersion(db);
  const kiosks = await countKiosksByHash(db);
  const newestWithHash = (await numbersByHash(db)).get(row.hash);
  const counted = newestWithHash === Number(row.number) ? kiosks : new Map<string, number>();
  return {
    ...toSummary(row, Number(newest?.number ?? 0), counted),
    files: maskFiles(JSON.parse(row.files) as ConfigFiles),
  };
}

function noVersion(number: number): AppError {
  return notFound(`There is no config version ${number}.`, 'config_version_not_found');
}

async function findVersion(db: Kysely<Database>, number: number): Promise<ConfigVersionRow> {
  const row = await selectVersion(db, number);
  if (!row) throw noVersion(number);
  return row;
}

/** The version in force, with its files (the Azure key masked). */
export async function currentVersion(db: Kysely<Database>): Promise<ConfigVersionView> {
  const row = await selectNewestVersion(db);
  if (!row)
    throw notFound(
      'No config has been stored yet: start the server with the centre’s config folder.',
      'config_none',
    );
  return toView(db, row);
}

export async function getVersion(db: Kysely<Database>, number: number): Promise<ConfigVersionView> {
  return toView(db, await findVersion(db, number));
}

/** One page (1-based) of the history, newest first. */
export async function listVersions(
  db: Kysely<Database>,
  page: number,
): Promise<{ versions: ConfigVersionSummary[]; total: number }> {
  const total = await countVersions(db);
  const rows = await selectVersionPage(db, (page - 1) * VERSIONS_PAGE_SIZE, VERSIONS_PAGE_SIZE);
  const newest = await selectNewestVersion(db);
  const kiosks = await countKiosksByHash(db);
  const newestByHash = await numbersByHash(db);
  const versions = rows.map((row) =>
    toSummary(
      row,
      Number(newest?.number ?? 0),
      newestByHash.get(row.hash) === Number(row.number) ? kiosks : new Map(),
    ),
  );
  return { versions, total };
}

/** What changed from version `against` to version `number` (the Azure key masked on both sides). */
export async function diffVersions(
  db: Kysely<Database>,
  number: number,
  against: number,
): Promise<ConfigChange[]> {
  const files = (row: ConfigVersionRow) =>
    parseConfigFiles(maskFiles(JSON.parse(row.files) as ConfigFiles));
  const after = files(await findVersion(db, number));
  // Version 1 (the seed) against "the one before": everything in it is new.
  const before = against === 0 ? {} : files(await findVersion(db, against));
  return diffConfig(before, after);
}

/** The files to store, or every problem (a hidden key that cannot be restored counts as one). */
function prepare(files: ConfigFiles, stored: ConfigFiles | undefined) {
  const unmasked = unmaskFiles(files, stored);
  if (!unmasked.ok) return { ok: false as const, problems: [unmasked.problem] };
  const checked = validateConfigFiles({
    version: configHash(unmasked.files),
    files: unmasked.files,
  });
  if (!checked.ok) return { ok: false as const, problems: checked.problems };
  return { ok: true as const, files: unmasked.files };
}

/** Every problem of a draft, without saving anything. */
export function checkDraft(store: ConfigStore, files: ConfigFiles): ConfigProblem[] {
  const prepared = prepare(files, store.current()?.files);
  return prepared.ok ? [] : prepared.problems;
}

function staleBase(basedOn: number, newest: number): AppError {
  return conflict(
    'config_changed_meanwhile',
    `Someone else published version ${newest} while you were editing version ${basedOn}. Your changes were not saved: open the current settings, make your changes again, and publish.`,
  );
}

interface NewVersion {
  files: ConfigFiles;
  note: string;
  restoredFrom: number | null;
  audit: { action: string; details: Record<string, unknown> };
  /** The version the change was made from; null: whatever is newest. */
  basedOn: number | null;
}

async function storeVersion(
  db: Kysely<Database>,
  store: ConfigStore,
  events: EventBus,
  by: Publisher,
  input: NewVersion,
  now: Date,
): Promise<ConfigVersionView> {
  const hash = configHash(input.files);
  let row: ConfigVersionRow;
  try {
    row = await db.transaction().execute(async (trx) => {
      const newest = Number((await selectNewestVersion(trx))?.number ?? 0);
      if (input.basedOn !== null && input.basedOn !== newest)
        throw staleBase(input.basedOn, newest);
      const next: ConfigVersionRow = {
        number: newest + 1,
        files: JSON.stringify(input.files),
        hash,
        note: input.note,
        by_id: by.actor.kind === 'staff' ? by.actor.id : null,
        by_name: by.name,
        at: now.toISOString(),
        restored_from: input.restoredFrom,
      };
      await insertVersion(trx, next);
      await recordAudit(trx, {
        at: now,
        actor: by.actor,
        action: input.audit.action,
        subject: { type: 'config_version', id: String(next.number) },
        details: { number: next.number, hash, note: input.note, ...input.audit.details },
      });
      await publishPut(trx, CONFIG_CHANGE, CURRENT_CONFIG_KEY, { number: next.number, hash }, now);
      return next;
    });
  } catch (error) {
    // Two publishes from the same version at once: the number's key lets one through.
    if (isUniqueViolation(error))
      throw staleBase(input.basedOn ?? 0, Number((await selectNewestVersion(db))?.number ?? 0));
    throw error;
  }
  store.use(row);
  events.publish({ type: 'config.changed' });
  return toView(db, row);
}

/**
 * Publishes a draft as the next version: 422 with every problem (nothing saved) when it does not
 * validate, 409 when `basedOn` is no longer the newest version.
 */
export async function publishVersion(
  db: Kysely<Database>,
  store: ConfigStore,
  events: EventBus,
  by: Publisher,
  input: { files: ConfigFiles; note: string; basedOn: number },
  now: Date,
): Promise<ConfigVersionView> {
  const base = await selectVersion(db, input.basedOn);
  const newest = Number((await selectNewestVersion(db))?.number ?? 0);
  if (input.basedOn !== newest) throw staleBase(input.basedOn, newest);
  const prepared = prepare(input.files, base ? (JSON.parse(base.files) as ConfigFiles) : undefined);
  if (!prepared.ok) throw new ConfigProblemsError(prepared.problems);
  const before = base ? parseConfigFiles(JSON.parse(base.files) as ConfigFiles) : {};
  const changes = diffConfig(before, parseConfigFiles(prepared.files)).length;
  return storeVersion(
    db,
    store,
    events,
    by,
    {
      files: prepared.files,
      note: input.note,
      restoredFrom: null,
      basedOn: input.basedOn,
      audit: { action: 'config.published', details: { basedOn: input.basedOn, changes } },
    },
    now,
  );
}

/** A new version whose files are those of version `number`. */
export async function restoreVersion(
  db: Kysely<Database>,
  store: ConfigStore,
  events: EventBus,
  by: Publisher,
  input: { number: number; note: string },
  now: Date,
): Promise<ConfigVersionView> {
  const old = await findVersion(db, input.number);
  const files = JSON.parse(old.files) as ConfigFiles;
  // Versions were valid when published; a seed folder may not have been. Never restore into a
  // config kiosks would refuse.
  const checked = validateConfigFiles({ version: old.hash, files });
  if (!checked.ok) throw new ConfigProblemsError(checked.problems);
  return storeVersion(
    db,
    store,
    events,
    by,
    {
      files,
      note: input.note,
      restoredFrom: Number(old.number),
      basedOn: null,
      audit: { action: 'config.restored', details: { restoredFrom: Number(old.number) } },
    },
    now,
  );
}
