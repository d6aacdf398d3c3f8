/**
 * What kiosks learn about their config through pull:
 *
 * - "config", key "current": the number and hash of the version kiosks should run. A kiosk whose
 *   running hash differs fetches /config.json, checks it, and applies it on the attract screen.
 * - "kiosk-settings", key = kiosk id: what the fleet page set for that one kiosk (its name and
 *   place, orientation, and which of the centre's jobs it offers).
 */
import * as v from 'valibot';
import { defineChangeType } from '../sync/pull';
import { isImplementedJob, JOBS, notImplementedJob } from './jobs';
import { ORIENTATIONS } from './versions-api';

/** The key of the one "config" item. */
export const CURRENT_CONFIG_KEY = 'current';

export const ConfigPointerSchema = v.object({
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  hash: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
});
export type ConfigPointer = v.InferOutput<typeof ConfigPointerSchema>;

export const CONFIG_CHANGE = defineChangeType({ type: 'config', data: ConfigPointerSchema });

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

/** A kiosk's name as staff give it, when enrolling it and in its settings. */
export const KioskNameField = v.pipe(
  v.string('Enter a name for the kiosk, e.g. "大厅 1".'),
  v.trim(),
  v.minLength(1, 'Enter a name for the kiosk, e.g. "大厅 1".'),
  v.maxLength(60, 'A kiosk name has at most 60 characters.'),
  v.regex(NO_CONTROL_CHARACTERS, 'A kiosk name cannot contain control characters.'),
);

/** Where a kiosk stands, as text; `notText` says what to send instead. */
export function kioskLocationText(notText: string) {
  return v.pipe(
    v.string(notText),
    v.trim(),
    v.maxLength(100, 'A location has at most 100 characters.'),
    v.regex(NO_CONTROL_CHARACTERS, 'A location cannot contain control characters.'),
  );
}

/**
 * KioskSettings (versions-api.ts) as checked on both sides, with messages staff can act on: the
 * server answers these for a bad PUT, and a kiosk skips a change that does not match.
 */
export const KioskSettingsSchema = v.object({
  name: KioskNameField,
  location: v.nullable(
    kioskLocationText('The location must be text, like "一楼大厅", or null for none.'),
  ),
  orientation: v.nullable(
    v.picklist(
      ORIENTATIONS,
      'The orientation must be "landscape", "portrait", or null to follow the screen.',
    ),
  ),
  jobs: v.nullable(
    v.pipe(
      v.array(
        v.picklist(
          JOBS,
          (i) =>
            `${JSON.stringify(i.input)} is not a job the kiosk knows — use some of: ${JOBS.join(', ')}.`,
        ),
        'The jobs must be a list like ["meals"], or null for every job of the centre.',
      ),
      v.nonEmpty(
        'Choose at least one job: a kiosk with no jobs would show an empty home screen. Use null for every job of the centre.',
      ),
      v.checkItems(
        (job, index, all) => all.indexOf(job) === index,
        (i) => `${JSON.stringify(i.input)} is listed twice; list each job once.`,
      ),
      v.checkItems(isImplementedJob, (i) => `${notImplementedJob(i.input)}.`),
    ),
  ),
});

export const KIOSK_SETTINGS_CHANGE = defineChangeType({
  type: 'kiosk-settings',
  data: KioskSettingsSchema,
});
