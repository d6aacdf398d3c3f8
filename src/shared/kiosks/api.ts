/**
 * /api/kiosks: enrollment codes, the fleet list and each kiosk's settings for the console
 * (kiosks.manage), and enrolling for a kiosk. The server's routes
 * (src/server/kiosks/kiosks.routes.ts) validate with these schemas.
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { FORMAT_FIELD, IdParam } from '../api/fields';
import { KioskNameField, KioskSettingsSchema, kioskLocationText } from '../config/changes';
import { JOBS } from '../config/kiosk';
import { ORIENTATIONS } from '../config/versions-api';
import { PublicProofKeyField } from '../sync/proof';

/** Digits in an enrollment code: short enough to type on a touch screen, shown once. */
export const ENROLLMENT_CODE_DIGITS = 8;
/** The longest app or config version string a kiosk's report keeps. */
export const MAX_KIOSK_VERSION = 64;

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

/** POST /api/kiosks/enrollment-codes */
export const NewEnrollmentCodeBody = v.object({
  name: KioskNameField,
  location: v.optional(kioskLocationText('The location must be text.')),
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

/** POST /api/kiosks/move: at the new address, the move token the old one gave this kiosk. */
export const MoveBody = v.object({
  kioskId: v.pipe(v.string('kioskId must be text.'), v.maxLength(64, 'kioskId is too long.')),
  token: v.pipe(v.string('token must be text.'), v.maxLength(100, 'token is too long.')),
});

/** GET /api/kiosks?format= */
export const KioskListQuery = v.object({ format: FORMAT_FIELD });

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

/** A kiosk as the console lists it (the fleet page). */
export const KioskViewSchema = v.object({
  id: v.string(),
  name: v.string(),
  location: v.nullable(v.string()),
  createdAt: v.string(),
  revokedAt: v.nullable(v.string()),
  lastSeenAt: v.nullable(v.string()),
  appVersion: v.nullable(v.string()),
  configVersion: v.nullable(v.string()),
  outboxLength: v.nullable(v.number()),
  lastError: v.nullable(v.string()),
  /** The config version number whose hash the kiosk reports running; null: not a stored version. */
  configNumber: v.nullable(v.number()),
  /** Why the kiosk refused the newest config (it runs its last good one); null: no problem. */
  configError: v.nullable(v.string()),
  /** The fleet page's settings for it (see KioskSettings). */
  orientation: v.nullable(v.picklist(ORIENTATIONS)),
  jobs: v.nullable(v.array(v.picklist(JOBS))),
  /** While the centre moves address: still draining on the old one, or moved; null: not told. */
  move: v.nullable(v.picklist(['draining', 'moved'])),
});
export type KioskView = v.InferOutput<typeof KioskViewSchema>;

/** A new enrollment code: shown once, stored only as a hash. */
export const EnrollmentCodeSchema = v.object({
  code: v.string(),
  expiresAt: v.string(),
  name: v.string(),
  location: v.nullable(v.string()),
});
export type EnrollmentCode = v.InferOutput<typeof EnrollmentCodeSchema>;

export const KiosksApi = {
  newEnrollmentCode: route({
    method: 'POST',
    path: '/api/kiosks/enrollment-codes',
    body: NewEnrollmentCodeBody,
    response: EnrollmentCodeSchema,
  }),
  /** The kiosk's own call (no staff session): its device token, shown once. */
  enroll: route({
    method: 'POST',
    path: '/api/kiosks/enroll',
    body: EnrollBody,
    response: v.object({
      kioskId: v.string(),
      token: v.string(),
      name: v.string(),
      location: v.nullable(v.string()),
      /** The server's public key (SPKI base64) to seal identifications with (sync/proof.ts). */
      proofKey: PublicProofKeyField,
    }),
  }),
  /** The kiosk's own call at the new address (no staff session): a move token for a device token. */
  move: route({
    method: 'POST',
    path: '/api/kiosks/move',
    body: MoveBody,
    response: v.object({
      kioskId: v.string(),
      token: v.string(),
      name: v.string(),
      location: v.nullable(v.string()),
      /** The server's public key (SPKI base64) to seal identifications with (sync/proof.ts). */
      proofKey: PublicProofKeyField,
    }),
  }),
  /** format=csv answers the fleet as a CSV file (a plain link: hrefOf). */
  list: route({
    method: 'GET',
    path: '/api/kiosks',
    query: KioskListQuery,
    response: v.object({ kiosks: v.array(KioskViewSchema) }),
  }),
  /** Answers the kiosk as listed (not wrapped like revoke's answer). */
  saveSettings: route({
    method: 'PUT',
    path: '/api/kiosks/:id/settings',
    params: IdParam,
    body: KioskSettingsBody,
    response: KioskViewSchema,
  }),
  revoke: route({
    method: 'POST',
    path: '/api/kiosks/:id/revoke',
    params: IdParam,
    response: v.object({ kiosk: KioskViewSchema }),
  }),
};
