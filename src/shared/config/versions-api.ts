/**
 * Config versions: what the centre server and the staff console say to each other when staff
 * change the kiosks' settings. The files of `kiosk-config/<centre>/` are the format of record and
 * the seed (version 1); after that the server keeps every published version in its database.
 *
 * Routes (contracts in api.ts; admin role for every change; any signed-in staff may read):
 *   GET  /api/config/current                       → ConfigVersionView (with files)
 *   GET  /api/config/versions?page=                → { versions: ConfigVersionSummary[], total }
 *   GET  /api/config/versions/:number              → ConfigVersionView
 *   GET  /api/config/versions/:number/diff?against=N (default: number - 1) → { changes: ConfigChange[] }
 *   POST /api/config/check    { files }            → { problems: ConfigProblem[] } (never saves)
 *   POST /api/config/versions { files, note, basedOn } → 201 ConfigVersionView
 *        | 422 { error, problems: ConfigProblem[] }  (invalid: nothing saved)
 *        | 409 { error }  (basedOn is not the current version: someone else published first)
 *   POST /api/config/versions/:number/restore { note } → 201 ConfigVersionView (a new version
 *        whose files are those of :number)
 *   PUT  /api/kiosks/:id/settings  KioskSettings   → the kiosk as listed
 *
 * Secrets: `voice.azure.subscriptionKey` in kiosk.json is answered masked (SECRET_MASK + its last
 * 4 characters). A publish that sends the masked text back keeps the stored key unchanged.
 */
import type * as v from 'valibot';
import type {
  ConfigChangeSchema,
  ConfigVersionSummarySchema,
  ConfigVersionViewSchema,
} from './api';
import type { Job } from './kiosk';
import type { ConfigProblem } from './validate';

/** The masked form of a secret answered to the console: this prefix, then its last 4 characters. */
export const SECRET_MASK = '••••••••';

/** Each config file's raw JSON text, by file name ("centre.json", "kiosk.json", ...). */
export type ConfigFiles = Record<string, string>;

/** A version as listed: its number, hash, note, who and when (schemas in api.ts). */
export type ConfigVersionSummary = v.InferOutput<typeof ConfigVersionSummarySchema>;

/** A version with its files. */
export type ConfigVersionView = v.InferOutput<typeof ConfigVersionViewSchema>;

/** One difference between two versions, at a JSON path inside a file (see ConfigChangeSchema). */
export type ConfigChange = v.InferOutput<typeof ConfigChangeSchema>;

export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** What the fleet page sets for one kiosk; delivered to it by pull ("kiosk-settings", key = its id). */
export interface KioskSettings {
  name: string;
  /** Where it stands, like "一楼大厅"; shown to staff and sent with its emergency calls. */
  location: string | null;
  /** null: follow the screen. */
  orientation: Orientation | null;
  /** null: every job of the centre's config; else the subset this kiosk offers, in config order. */
  jobs: Job[] | null;
}

export type { ConfigProblem };
