/**
 * How full the disk holding the centre's data is, for the console's dashboard: a full disk stops
 * every write (bookings, calls, the nightly backup), so staff are warned well before.
 */
import { statfsSync } from 'node:fs';

export interface DiskSpace {
  freeBytes: number;
  totalBytes: number;
  /** Nearly full: staff should act now (DISK_LOW_BYTES or DISK_LOW_SHARE, whichever is more). */
  low: boolean;
}

/** Below this much free space the disk is nearly full, however large it is. */
export const DISK_LOW_BYTES = 2 * 1024 ** 3;
/** …and below this share of the disk free, on a large disk. */
export const DISK_LOW_SHARE = 0.05;

export function diskIsLow(freeBytes: number, totalBytes: number): boolean {
  return freeBytes < Math.max(DISK_LOW_BYTES, totalBytes * DISK_LOW_SHARE);
}

/** The disk holding `path` (the database's folder), or null when it cannot be read. */
export function diskSpace(path: string): DiskSpace | null {
  try {
    const stats = statfsSync(path);
    // bavail: what an unprivileged process (the service user) may still write.
    const freeBytes = stats.bavail * stats.bsize;
    const totalBytes = stats.blocks * stats.bsize;
    return { freeBytes, totalBytes, low: diskIsLow(freeBytes, totalBytes) };
  } catch {
    return null;
  }
}
