/** The config folder's photos/ (the demo's meal pictures), stored at start when not stored yet. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { storeNamedPhoto } from './photos.service';

/** What a start stored, and what it refused (with why), for the start-up log. */
export interface PhotoSeedResult {
  stored: string[];
  refused: { name: string; problem: string }[];
}

/**
 * Stores every picture in `dir` that is not stored yet. Safe at every start: a name already
 * stored is left alone, so a photo replaced in the console is never overwritten by the folder.
 */
export async function seedPhotos(
  db: Kysely<Database>,
  dir: string,
  now: Date = new Date(),
): Promise<PhotoSeedResult> {
  const result: PhotoSeedResult = { stored: [], refused: [] };
  if (!existsSync(dir)) return result;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const bytes = new Uint8Array(readFileSync(join(dir, entry.name)));
    const { stored, problem } = await storeNamedPhoto(db, entry.name, bytes, now);
    if (stored) result.stored.push(entry.name);
    else if (problem) result.refused.push({ name: entry.name, problem });
  }
  return result;
}
