/** Field-level problems from a refused call or the form's own check, by field path. */
import { ApiError, type FieldProblem } from '../api/http';

/** The message for `path` ("emergencyContact.phone"), if the error names that field. */
export function fieldMessage(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.path === path)?.message;
}

/** A local check's problems as the same ApiError a server refusal would be. */
export function localInvalid(fields: FieldProblem[]): ApiError {
  return new ApiError(400, 'invalid_input', fields.map((f) => f.message).join(' '), fields);
}
