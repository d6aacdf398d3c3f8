/** The one shape every refused /api call answers with (src/server/http/error-handler.ts). */
import * as v from 'valibot';

/** One field found wrong: its dot path in the request and what is wrong with it. */
export const FieldProblemSchema = v.object({ path: v.string(), message: v.string() });

/**
 * `{ error: { code, message, fields? } }`; loose on purpose, since a refusal may add details of
 * its own (a config publish's problems), and read leniently, since a proxy may answer instead.
 */
export const ErrorAnswer = v.looseObject({
  error: v.looseObject({
    code: v.optional(v.string()),
    message: v.optional(v.string()),
    fields: v.optional(v.array(FieldProblemSchema)),
  }),
});
