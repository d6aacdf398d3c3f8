import { describe, expect, it } from 'vitest';
import { backupsToPrune, backupTime } from '../../../src/server/db/backup-retention';

/** `centre-…Z.db` for a UTC time. */
const named = (iso: string) =>
  `centre-${iso
    .replace(/\.\d+Z$/, 'Z')
    .replace('.000Z', 'Z')
    .replaceAll(/[-:]/g, '')}.db`;

describe('backup retention (14 daily, 8 weekly)', () => {
  it('reads the time from a backup name and ignores other names', () => {
    expect(backupTime('centre-20261124T194017Z.db')?.toISOString()).toBe(
      '2026-11-24T19:40:17.000Z',
    );
    expect(backupTime('before-upgrade.db')).toBeNull();
    expect(backupTime('centre-20261324T194017Z.db.partial')).toBeNull();
  });

  it('after 100 nightly backups keeps the last 14 days and one a week for 8 weeks', () => {
    const start = Date.UTC(2026, 7, 1, 2, 0, 0); // 2026-08-01, a Saturday, 02:00
    const names: string[] = [];
    for (let day = 0; day < 100; day++)
      names.push(named(new Date(start + day * 86_400_000).toISOString()));
    const pruned = new Set(backupsToPrune(names));
    const kept = names.filter((n) => !pruned.has(n));
    // The newest 14 nights are all kept.
    for (const name of names.slice(-14)) expect(kept).toContain(name);
    // Older ones: at most one per ISO week, for weeks 3–8 back (the 2 newest weeks are daily).
    const older = kept.filter((n) => !names.slice(-14).includes(n));
    expect(older.length).toBeGreaterThanOrEqual(5);
    expect(older.length).toBeLessThanOrEqual(6);
    expect(kept.length).toBeLessThanOrEqual(22);
    // The oldest backups (week 1 of 15) are gone.
    expect(pruned.has(names[0] as string)).toBe(true);
  });

  it('keeps only the newest of several backups on one day, and never a file it did not name', () => {
    const names = [
      'centre-20261201T020000Z.db',
      'centre-20261201T120000Z.db',
      'centre-20261202T020000Z.db',
      'my-copy.db',
    ];
    expect(backupsToPrune(names)).toEqual(['centre-20261201T020000Z.db']);
  });
});
