/** What the kiosk routes accept, with messages a person can act on. */
import * as v from 'valibot';
import { KioskSettingsSchema } from '../../shared/config/changes';
import { ENROLLMENT_CODE_DIGITS, MAX_KIOSK_VERSION } from './policy';

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

/** POST /api/kiosks/enrollment-codes */
export const NewEnrollmentCodeBody = v.object({
  name: v.pipe(
    v.string('Enter a name for the kiosk, e.g. "大厅 1".'),
    v.trim(),
    v.minLength(1, 'Enter a name for the kiosk, e.g. "大厅 1".'),
    v.maxLength(60, 'A kiosk name has at most 60 characters.'),
    v.regex(NO_CONTROL_CHARACTERS, 'A kiosk name cannot contain control characters.'),
  ),
  location: v.optional(
    v.pipe(
      v.string('The location must be text.'),
      v.trim(),
      v.maxLength(100, 'A location has at most 100 characters.'),
      v.regex(NO_CONTROL_CHARACTERS, 'A location cannot contain control characters.'),
    ),
  ),
});

const codeMessage = `Enter the ${ENROLLMENT_CODE_DIGITS}-digit code shown in the staff console.`;

/** POST /api/kiosks/enroll: spaces and dashes in the code are forgiven. */
export const EnrollBody = v.object({
  code: v.pipe(
    v.string(codeMessage),
    v.maxLength(40, codeMessage),
    v.transform((code) => code.replaceAll(/[\s-]/g, '')),
    v.regex(new RegExp(`^\\d{${ENROLLMENT_CODE_DIGITS}}$`), codeMessage),
  ),
  appVersion: v.pipe(
    v.string('appVersion must be the kiosk app version in text.'),
    v.minLength(1, 'appVersion must not be empty.'),
    v.maxLength(MAX_KIOSK_VERSION, `appVersion has at most ${MAX_KIOSK_VERSION} characters.`),
    v.regex(NO_CONTROL_CHARACTERS, 'appVersion cannot contain control characters.'),
  ),
});

/** GET /api/kiosks?format= */
export const KioskListQuery = v.object({
  format: v.optional(v.picklist(['json', 'csv'], 'format must be json or csv.'), 'json'),
});

/**
 * PUT /api/kiosks/:id/settings: the shape here (400 when wrong); which jobs is checked against
 * the JOBS list by the service (422), since a list of words is well-formed but may not make sense.
 */
export const KioskSettingsBody = v.object({
  ...KioskSettingsSchema.entries,
  jobs: v.nullable(
    v.array(
      v.pipe(v.string('Each job must be a word like "meals".'), v.maxLength(40)),
      'The jobs must be a list like ["meals"], or null for every job of the centre.',
    ),
  ),
});
