/** What the /api/config routes accept, with messages a person can act on. */
import * as v from 'valibot';

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;
const NOTE_MESSAGE = 'A note has at most 500 characters, like "new duty phone number".';

/** Each file's raw JSON text by its name. Which files belong is the config check's to say. */
export const FilesField = v.record(
  v.pipe(
    v.string(),
    v.regex(
      /^[A-Za-z0-9_-]{1,60}\.json$/,
      'A config file name is letters, digits, "-" or "_" and ends in .json, like "centre.json".',
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
