/** The demo centre's members, so a first start has elders to try the kiosk with. */
import { existsSync, readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { centreToday } from '../lib/centre-day';
import { type ImportResult, importMembers } from './members.import';
import { countMembers } from './members.repository';
import type { RosterRules } from './roster.service';

/**
 * Imports `csvPath` (a members CSV, e.g. kiosk-config/demo/members.csv) when the register is
 * empty and the file exists; null otherwise. Safe to run at every start: once there are members
 * it does nothing, and a second process importing at the same time only finds rows unchanged.
 */
export async function seedDemoMembers(
  db: Kysely<Database>,
  csvPath: string,
  rules: RosterRules,
  now: Date = new Date(),
): Promise<ImportResult | null> {
  if (!existsSync(csvPath) || (await countMembers(db)) > 0) return null;
  return importMembers(
    db,
    { kind: 'system' },
    { bytes: new Uint8Array(readFileSync(csvPath)) },
    { dryRun: false, now, today: centreToday(now, rules.timeZone()), rules },
  );
}
