/** kiosk.json: how the kiosks of this centre behave — languages, jobs, timing, voice, staff PIN. */
import * as v from 'valibot';
import {
  block,
  crossCheck,
  doc,
  LANGUAGES,
  type Language,
  numberFrom,
  quoted,
  schemaRef,
  shown,
  text,
  yesNo,
} from './fields';
import { isImplementedJob, JOBS, type Job, notImplementedJob } from './jobs';
import { ServedVoiceSchema, type VoiceConfig, VoiceSchema } from './voice';

type Issue = v.BaseIssue<unknown>;

// The jobs live apart (jobs.ts): the pull checks them without evaluating this schema.
export {
  IMPLEMENTED_JOBS,
  type ImplementedJob,
  isImplementedJob,
  JOBS,
  type Job,
  notImplementedJob,
} from './jobs';

const language = v.picklist(
  LANGUAGES,
  (i: Issue) =>
    `${shown(i.input)} is not a kiosk language — use "zh-Hans" (简体中文), "zh-Hant" (繁體中文) or "en" (English)`,
);

const listedOnce = <T>(what: string) =>
  v.checkItems<T[], (i: Issue) => string>(
    (x, index, all) => all.indexOf(x) === index,
    (i: Issue) => `${shown(i.input)} is listed twice — list each ${what} once`,
  );

const remakePin = 'make a new PIN block with npm run config:pin -- 1234 and paste all of it here';

/** The staff PIN, stored only as a salted PBKDF2-SHA256 hash made by `npm run config:pin`. */
export const PinHashSchema = block(
  {
    algorithm: v.literal(
      'PBKDF2-SHA256',
      (i: Issue) => `${shown(i.input)} is not the PIN method the kiosk uses — ${remakePin}`,
    ),
    iterations: numberFrom(10_000, 1_000_000, ''),
    salt: v.pipe(text(), v.base64(`the PIN salt is damaged — ${remakePin}`)),
    hash: v.pipe(text(), v.base64(`the PIN hash is damaged — ${remakePin}`)),
  },
  'the staff PIN (made by npm run config:pin)',
);
const pinBlock = doc(
  PinHashSchema,
  'The staff PIN, stored scrambled: paste the block printed by npm run config:pin -- 1234',
);
/** A staff PIN hash as stored in kiosk.json. */
export type PinHash = v.InferOutput<typeof PinHashSchema>;

const staffBlock = doc(block({ pin: pinBlock }, 'staff'), 'Settings for staff at the kiosk');
const servedStaffBlock = v.optional(
  doc(block({ pin: v.optional(pinBlock) }, 'staff'), 'Settings for staff at the kiosk'),
);

/**
 * kiosk.json with `voice` and `staff` as given: as stored, or as served to kiosks. Not generic, so
 * the cross-field checks below are typed against one known shape.
 */
function kioskSchemaWith(
  voice: typeof VoiceSchema | typeof ServedVoiceSchema,
  staff: typeof staffBlock | typeof servedStaffBlock,
) {
  return v.pipe(
    block(
      {
        $schema: schemaRef('kiosk'),
        languages: doc(
          block(
            {
              default: doc(language, 'The language a new session starts in; must be enabled'),
              enabled: doc(
                v.pipe(
                  v.array(
                    language,
                    (i: Issue) => `must be a list like ["zh-Hans", "en"] — found ${shown(i.input)}`,
                  ),
                  v.nonEmpty('no languages — enable at least one, like ["zh-Hans"]'),
                  listedOnce<Language>('language'),
                ),
                `The languages offered, from ${quoted(LANGUAGES)}`,
              ),
            },
            'languages',
          ),
          'Which languages the kiosk offers and starts in',
        ),
        jobs: doc(
          v.pipe(
            v.array(
              v.picklist(
                JOBS,
                (i: Issue) =>
                  `${shown(i.input)} is not a job the kiosk knows — use some of: ${JOBS.join(', ')}`,
              ),
              (i: Issue) => `must be a list like ["activities", "about"] — found ${shown(i.input)}`,
            ),
            v.nonEmpty(
              'no jobs — list at least one, like ["activities", "about"], or the home screen would be empty',
            ),
            v.maxLength(
              6,
              (i: Issue) => `${String(i.received)} jobs are listed, but only 6 fit the home screen`,
            ),
            listedOnce<Job>('job'),
            v.checkItems(isImplementedJob, (i: Issue) => notImplementedJob(i.input)),
          ),
          `The home-screen tiles, in order, from: ${JOBS.join(', ')}`,
        ),
        idle: doc(
          block(
            {
              timeoutSeconds: doc(
                numberFrom(30, 600, 'seconds'),
                'Seconds without a touch before the kiosk goes back to the start',
              ),
              warningSeconds: doc(
                numberFrom(20, 120, 'seconds'),
                'Seconds of "Are you still there?" warning; shorter than timeoutSeconds',
              ),
            },
            'idle',
          ),
          'What happens when nobody touches the screen',
        ),
        touch: doc(
          block(
            {
              repeatIgnoreMs: doc(
                numberFrom(300, 1500, 'milliseconds'),
                'A second touch within this many milliseconds is ignored (for shaky hands)',
              ),
              clickSound: doc(yesNo(), 'Play a click on each touch: true or false'),
            },
            'touch',
          ),
          'How touches are handled',
        ),
        display: doc(
          block(
            {
              defaultTextSize: doc(
                v.picklist(
                  [1, 1.3, 1.6],
                  (i: Issue) => `must be 1, 1.3 or 1.6, without quotes — found ${shown(i.input)}`,
                ),
                'Text size each session starts with: 1, 1.3 or 1.6',
              ),
              highContrast: doc(yesNo(), 'Start in high contrast: true or false'),
            },
            'display',
          ),
          'How the screen looks when a session starts',
        ),
        attract: doc(
          block(
            {
              speakEveryMinutes: doc(
                numberFrom(0, 60, 'minutes', true),
                'How often the waiting screen speaks its invitation; 0 = never',
              ),
            },
            'attract',
          ),
          'The waiting screen shown between visitors',
        ),
        voice: doc(voice, 'How the kiosk speaks'),
        staff,
      },
      'kiosk.json',
    ),
    v.forward(
      crossCheck(
        [
          ['languages', 'default'],
          ['languages', 'enabled'],
        ],
        (k) => k.languages.enabled.includes(k.languages.default),
        (i: Issue) => {
          const l = (i.input as { languages: { default: string; enabled: string[] } }).languages;
          return `the default language "${l.default}" is not enabled — add it to languages.enabled, or set the default to ${quoted(l.enabled)}`;
        },
      ),
      ['languages', 'default'],
    ),
    v.forward(
      crossCheck(
        [
          ['idle', 'timeoutSeconds'],
          ['idle', 'warningSeconds'],
        ],
        (k) => k.idle.warningSeconds < k.idle.timeoutSeconds,
        (i: Issue) => {
          const idle = (i.input as { idle: Record<string, number> }).idle;
          return `the warning (${idle.warningSeconds} seconds) must be shorter than the idle timeout (${idle.timeoutSeconds} seconds) — lower warningSeconds or raise timeoutSeconds`;
        },
      ),
      ['idle', 'warningSeconds'],
    ),
  );
}

/** kiosk.json as stored and published: the staff PIN hash and any Azure key are required. */
export const KioskSchema = kioskSchemaWith(VoiceSchema, staffBlock);
/**
 * kiosk.json as /config.json serves it: the server takes out the staff PIN hash and the Azure
 * key (issue #11), so a kiosk accepts their absence. It checks the staff PIN with the server, and
 * reaches Azure with short-lived tokens from it.
 */
export const ServedKioskSchema = kioskSchemaWith(
  ServedVoiceSchema,
  v.optional(doc(block({ pin: v.optional(pinBlock) }, 'staff'), 'Settings for staff at the kiosk')),
);
/** A valid kiosk.json as every side may rely on it: the secrets may be absent (served). */
export type KioskConfig = Omit<v.InferOutput<typeof ServedKioskSchema>, 'voice' | 'staff'> & {
  voice: VoiceConfig;
  staff?: { pin?: PinHash };
};
