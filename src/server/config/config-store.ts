/**
 * The config in force: the newest stored version, held in memory. The server's rules read it
 * synchronously many times a second (a push may price thousands of meals), so it is read from
 * the database once at start and replaced at once when a publish or restore commits, never
 * re-read from disk. On the very first start the folder given to the server becomes version 1.
 */
import type { Kysely } from 'kysely';
import { CONFIG_CHANGE, CURRENT_CONFIG_KEY } from '../../shared/config/changes';
import type { CentreKioskConfig } from '../../shared/config/schema';
import { formatProblem, validateConfigFiles } from '../../shared/config/validate';
import type { ConfigFiles } from '../../shared/config/versions-api';
import type { Database } from '../db/schema';
import { type Clock, systemClock } from '../db/time';
import type { Logger } from '../http/log';
import { configHash, readConfigBundle } from '../lib/config-bundle';
import { publishPut } from '../sync/changes';
import type { CentreConfigReader } from './centre-config';
import { insertSeed, selectNewestVersion } from './config.repository';
import type { ConfigVersionRow } from './config.table';
import { servedFiles } from './served-files';

/** The version in force, its files, and its validated config (undefined if it does not validate). */
export interface CurrentConfig {
  row: ConfigVersionRow;
  /** As stored, secrets included: for the server's own use and the (masking) console API. */
  files: ConfigFiles;
  /** As /config.json serves them to anyone: without the staff PIN hash and the Azure key. */
  served: ConfigFiles;
  config: CentreKioskConfig | undefined;
}

export interface ConfigStoreOptions {
  /** The folder stored as version 1 when the database holds no version yet. */
  seedDir?: string | undefined;
  log?: Logger | undefined;
  clock?: Clock | undefined;
}

export class ConfigStore {
  #current: CurrentConfig | undefined;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: ConfigStoreOptions = {},
  ) {}

  /** The reader the rules use (the canteen, the time zone): undefined until a valid config is in. */
  readonly reader: CentreConfigReader = () => this.#current?.config;

  /** The version in force; undefined before `ready()` or when there is none (no seed folder). */
  current(): CurrentConfig | undefined {
    return this.#current;
  }

  /**
   * Resolves once the newest version is loaded (storing the seed first if there is none). A
   * failure is not remembered: the next call tries again.
   */
  ready(): Promise<void> {
    this.#loading ??= this.#load().catch((error: unknown) => {
      this.#loading = undefined;
      throw error;
    });
    return this.#loading;
  }

  /** Put a version in force: called after the transaction that stored it has committed. */
  use(row: ConfigVersionRow): void {
    const files = JSON.parse(row.files) as ConfigFiles;
    const result = validateConfigFiles({ version: row.hash, files });
    if (!result.ok)
      this.options.log?.({
        level: 'error',
        msg: `config version ${row.number} has problems; the server's rules run without it`,
        problems: result.problems.map(formatProblem),
      });
    this.#current = {
      row,
      files,
      served: servedFiles(files),
      config: result.ok ? result.config : undefined,
    };
  }

  async #load(): Promise<void> {
    let row = await selectNewestVersion(this.db);
    if (!row && this.options.seedDir) {
      await this.#seed(this.options.seedDir);
      row = await selectNewestVersion(this.db);
    }
    if (row) this.use(row);
  }

  async #seed(dir: string): Promise<void> {
    let files: ConfigFiles;
    try {
      files = readConfigBundle(dir).files;
    } catch (error) {
      this.options.log?.({
        level: 'error',
        msg: `the config folder ${dir} cannot be read, so there is no config yet`,
        error: String(error),
      });
      return;
    }
    const hash = configHash(files);
    const at = (this.options.clock ?? systemClock)();
    await this.db.transaction().execute(async (trx) => {
      await insertSeed(trx, {
        number: 1,
        files: JSON.stringify(files),
        hash,
        note: dir,
        by_id: null,
        by_name: null,
        at: at.toISOString(),
        restored_from: null,
      });
      const seed = await selectNewestVersion(trx);
      if (seed)
        await publishPut(
          trx,
          CONFIG_CHANGE,
          CURRENT_CONFIG_KEY,
          { number: seed.number, hash: seed.hash },
          at,
        );
    });
  }
}
