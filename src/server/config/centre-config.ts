/**
 * The centre's config as the server's rules read it (the canteen's menu, cut-offs and prices; the
 * time zone). The running server reads the newest stored version (ConfigStore.reader, see
 * config-store.ts); this file keeps the reader type, the helpers over it, and a reader of a
 * config folder for tools, benchmarks and tests that have no database. That folder reader
 * re-reads at most every few seconds, since a push may apply thousands of entries a second, and
 * a folder that stops validating keeps the last good config in force (and says so in the log).
 */
import type { CentreKioskConfig } from '../../shared/config/schema';
import { formatProblem, validateConfigFiles } from '../../shared/config/validate';
import type { Logger } from '../http/log';
import { DEFAULT_TIME_ZONE } from '../lib/centre-day';
import { readConfigBundle } from '../lib/config-bundle';
import type { CanteenSource } from '../meals/meals.appliers';
import type { RosterRules } from '../members/roster.service';

const REREAD_MS = 5_000;

export type CentreConfigReader = () => CentreKioskConfig | undefined;

/** A reader of `configDir`'s validated config, cached for a few seconds. */
export function centreConfigReader(
  configDir: string,
  log?: Logger,
  rereadMs = REREAD_MS,
): CentreConfigReader {
  let current: CentreKioskConfig | undefined;
  let version: string | undefined;
  let readAt = Number.NEGATIVE_INFINITY;
  return () => {
    const now = Date.now();
    if (now - readAt < rereadMs) return current;
    readAt = now;
    try {
      const bundle = readConfigBundle(configDir);
      if (bundle.version === version) return current;
      version = bundle.version;
      const result = validateConfigFiles(bundle);
      if (result.ok) current = result.config;
      else
        log?.({
          level: 'error',
          msg: `the config in ${configDir} has problems; the server keeps the last good one`,
          problems: result.problems.map(formatProblem),
        });
    } catch (error) {
      log?.({
        level: 'error',
        msg: `the config in ${configDir} cannot be read`,
        error: String(error),
      });
    }
    return current;
  };
}

/** The centre's time zone from a config reader; Asia/Shanghai until a valid config is read. */
export function timeZoneOf(reader: CentreConfigReader | undefined): () => string {
  return () => reader?.()?.centre.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The canteen part of a config reader, for the meal appliers. */
export function canteenOf(reader: CentreConfigReader | undefined): CanteenSource {
  return () => {
    const config = reader?.();
    return config?.meals ? { meals: config.meals, timeZone: config.centre.timeZone } : undefined;
  };
}

/** What the kiosks' roster is worked out from: the canteen's price table and the centre's day. */
export function rosterRulesOf(reader: CentreConfigReader | undefined): RosterRules {
  return { canteen: canteenOf(reader), timeZone: timeZoneOf(reader) };
}
