/**
 * Which nightly backups to keep: the newest of each of the last 14 days that have one, and the
 * newest of each of the last 8 weeks (ISO weeks, Monday first) that have one. A centre that
 * finds a problem late (a member deleted three weeks ago) can still go back, and the backup
 * folder stays bounded. Only files named as `npm run backup` names them are ever pruned.
 */

/** `centre-20261124T194017Z.db` → its time; null for any other name (never pruned). */
export function backupTime(name: string): Date | null {
  const match = /^centre-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.db$/.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const time = new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
  return Number.isNaN(time.getTime()) ? null : time;
}

export interface RetentionRule {
  daily: number;
  weekly: number;
}

export const DEFAULT_RETENTION: RetentionRule = { daily: 14, weekly: 8 };

/** The Monday (UTC) of the ISO week holding `time`, as YYYY-MM-DD. */
function weekOf(time: Date): string {
  const monday = new Date(time.getTime());
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

/** Of these file names, the backups the rule lets go (other names are never returned). */
export function backupsToPrune(names: string[], rule: RetentionRule = DEFAULT_RETENTION): string[] {
  const dated = names
    .map((name) => ({ name, time: backupTime(name) }))
    .filter((b): b is { name: string; time: Date } => b.time !== null)
    .sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set<string>();
  const keepNewestPer = (bucket: (time: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of dated) {
      const key = bucket(backup.time);
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(backup.name);
    }
  };
  keepNewestPer((time) => time.toISOString().slice(0, 10), rule.daily);
  keepNewestPer(weekOf, rule.weekly);
  return dated.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
