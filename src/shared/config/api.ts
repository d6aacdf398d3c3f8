/**
 * /api/config: the config versions staff publish, check and restore (config.read to read,
 * config.publish to change), and the kitchen's meals-only publish (meals.edit). The server's
 * routes (src/server/config/*.routes.ts) validate with these schemas; versions-api.ts tells the
 * whole story of the versions.
 */
import * as v from 'valibot';
import { route } from '../api/contract';

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;
const NOTE_MESSAGE = 'A note has at most 500 characters, like "new duty phone number".';

/** Each file's raw JSON text by its name. Which files belong is the config check's to say. */
export const FilesField = v.record(
  v.pipe(
    v.string(),
    // A lesson sits in the folder's lessons/ (src/shared/lessons/files.ts); no other folder.
    v.regex(
      /^(lessons\/)?[A-Za-z0-9_-]{1,60}\.json$/,
      'A config file name is letters, digits, "-" or "_" and ends in .json, like "centre.json" or "lessons/big-text.json".',
    ),
  ),
  v.string('Each config file must be its JSON text, as a string.'),
  'files must be an object of file name → the file’s JSON text.',
);

const NoteField = v.optional(
  v.pipe(
    v.string(NOTE_MESSAGE),
    v.trim(),
    v.maxLength(500, NOTE_MESSAGE),
    v.regex(NO_CONTROL_CHARACTERS, 'A note cannot contain control characters.'),
  ),
  '',
);

/** POST /api/config/check */
export const CheckBody = v.object({ files: FilesField });

/** POST /api/config/versions */
export const PublishBody = v.object({
  files: FilesField,
  note: NoteField,
  basedOn: v.pipe(
    v.number('basedOn must be the number of the version the changes were made from.'),
    v.integer('basedOn must be a whole number.'),
    v.minValue(0, 'basedOn must be 0 or more.'),
  ),
});

/** POST /api/config/versions/:number/restore */
export const RestoreBody = v.object({ note: NoteField });

const positive = (what: string) =>
  v.pipe(
    v.string(`${what} must be a version number like 3.`),
    v.regex(/^[1-9]\d{0,8}$/, `${what} must be a version number like 3.`),
    v.transform(Number),
  );

/** GET /api/config/versions?page= */
export const VersionsQuery = v.object({ page: v.optional(positive('page'), '1') });

/** GET /api/config/versions/:number/diff?against= */
export const DiffQuery = v.object({ against: v.optional(positive('against')) });

/** The :number of a version in the address. */
export const VersionParam = v.object({ number: positive('The version') });

/**
 * POST /api/config/meals: the note and basedOn read exactly as for any publish; strict, so a
 * body that also carries other files is refused in words rather than having them silently
 * dropped.
 */
export const MealsPublishBody = v.strictObject(
  {
    meals: v.string('meals must be the text of meals.json, as a string.'),
    note: PublishBody.entries.note,
    basedOn: PublishBody.entries.basedOn,
  },
  (issue) =>
    `Only "meals", "note" and "basedOn" may be sent here — remove "${v.getDotPath(issue) ?? ''}"; the other config files are published by an admin in the settings.`,
);

/** One problem the config check found: the file, a JSON path in it ("" for the whole file), why. */
export const ConfigProblemSchema = v.object({
  file: v.string(),
  path: v.string(),
  message: v.string(),
});

export const ConfigVersionSummarySchema = v.object({
  /** 1, 2, 3...: version 1 is the seed from kiosk-config/. */
  number: v.number(),
  /** The content hash kiosks report (ConfigBundle.version). */
  hash: v.string(),
  note: v.string(),
  /** Who published it: null for the seed. */
  by: v.nullable(v.object({ id: v.string(), name: v.string() })),
  at: v.string(),
  /** Set when it was made by restoring an earlier version. */
  restoredFrom: v.nullable(v.number()),
  /** True for the version kiosks should run now (the newest). */
  current: v.boolean(),
  /** How many kiosks report running it. */
  kiosks: v.number(),
});

export const ConfigVersionViewSchema = v.object({
  ...ConfigVersionSummarySchema.entries,
  /** Each config file's raw JSON text, by file name. */
  files: v.record(v.string(), v.string()),
});

/**
 * One difference between two versions, at a JSON path inside a file. `before`/`after` are the
 * JSON values (undefined when added/removed); the console words it with the field's label,
 * e.g. "idle timeout 90 s → 120 s".
 */
export const ConfigChangeSchema = v.object({
  file: v.string(),
  /** Path segments from the file's root, e.g. ["idle", "timeoutSeconds"] or ["phones", 0, "number"]. */
  path: v.array(v.union([v.string(), v.number()])),
  kind: v.picklist(['added', 'removed', 'changed']),
  before: v.optional(v.unknown()),
  after: v.optional(v.unknown()),
});

const VersionNumber = v.object({ number: v.string() });

export const ConfigApi = {
  current: route({ method: 'GET', path: '/api/config/current', response: ConfigVersionViewSchema }),
  versions: route({
    method: 'GET',
    path: '/api/config/versions',
    query: VersionsQuery,
    response: v.object({ versions: v.array(ConfigVersionSummarySchema), total: v.number() }),
  }),
  version: route({
    method: 'GET',
    path: '/api/config/versions/:number',
    params: VersionNumber,
    response: ConfigVersionViewSchema,
  }),
  diff: route({
    method: 'GET',
    path: '/api/config/versions/:number/diff',
    params: VersionNumber,
    query: DiffQuery,
    response: v.object({ changes: v.array(ConfigChangeSchema) }),
  }),
  /** Never saves: the problems in the files, each by file and path. */
  check: route({
    method: 'POST',
    path: '/api/config/check',
    body: CheckBody,
    response: v.object({ problems: v.array(ConfigProblemSchema) }),
  }),
  /** 422 when invalid (nothing saved); 409 when basedOn is no longer the current version. */
  publish: route({
    method: 'POST',
    path: '/api/config/versions',
    body: PublishBody,
    response: ConfigVersionViewSchema,
  }),
  restore: route({
    method: 'POST',
    path: '/api/config/versions/:number/restore',
    params: VersionNumber,
    body: RestoreBody,
    response: ConfigVersionViewSchema,
  }),
  /** The kitchen's publish: a new version in which only meals.json changed (422 / 409 as above). */
  publishMeals: route({
    method: 'POST',
    path: '/api/config/meals',
    body: MealsPublishBody,
    response: ConfigVersionViewSchema,
  }),
};
