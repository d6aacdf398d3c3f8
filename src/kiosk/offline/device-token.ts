/**
 * This kiosk's device token, kept in IndexedDB (`nuanxin` → `device`, key `enrollment`) with the
 * server's id and name for the kiosk. Every sync push carries the token; no token = not enrolled.
 */
import { DB_NAME, type DeviceEnrollment, openNuanxinDb } from './db';

export type { DeviceEnrollment } from './db';

const KEY = 'enrollment';

/** The database to use; tests pass their own name. */
let dbName = DB_NAME;
/** What is stored, read once and then kept here (`undefined` = not read yet). */
let cached: DeviceEnrollment | null | undefined;

/** For tests: use another database and forget what was read. */
export function useDeviceDb(name: string): void {
  dbName = name;
  cached = undefined;
}

async function withDb<T>(run: (db: Awaited<ReturnType<typeof openNuanxinDb>>) => Promise<T>) {
  const db = await openNuanxinDb(dbName, () => undefined);
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/** The stored enrollment, or null if this kiosk has none. */
export async function getEnrollment(): Promise<DeviceEnrollment | null> {
  if (cached === undefined) cached = (await withDb((db) => db.get('device', KEY))) ?? null;
  return cached;
}

/** The device token for `Authorization: Bearer`, or null when the kiosk is not enrolled. */
export async function getDeviceToken(): Promise<string | null> {
  return (await getEnrollment())?.token ?? null;
}

/** Keep what the server answered to an enrollment (replacing any earlier one). */
export async function saveEnrollment(enrollment: DeviceEnrollment): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('device', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(enrollment, KEY), tx.done]);
  });
  cached = enrollment;
}

/** Forget the enrollment (the token was revoked, or staff start again). */
export async function clearEnrollment(): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('device', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.delete(KEY), tx.done]);
  });
  cached = null;
}
