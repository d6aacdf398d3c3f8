/** The centre server's one error shape, as the console's calls (client.ts) reject with it. */
import * as v from 'valibot';
import { ErrorAnswer } from '../../shared/api/errors';

/** One field the server (or the form's own check) found wrong. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A refused or failed call: `status` 0 and code "network" when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** From Retry-After, when the server sent it (a locked sign-in). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let onUnauthorized: (code: string) => void = () => {};

/** Who to tell when a call is refused for want of a session (the session module). */
export function setUnauthorizedHandler(handler: (code: string) => void): void {
  onUnauthorized = handler;
}

/** The server's one error shape (or a proxy's page) as an ApiError. */
export async function errorFrom(res: Response): Promise<ApiError> {
  let code = `http_${res.status}`;
  let message = res.statusText;
  let fields: FieldProblem[] = [];
  try {
    const answer = v.safeParse(ErrorAnswer, await res.json());
    if (answer.success) {
      code = answer.output.error.code ?? code;
      message = answer.output.error.message ?? message;
      fields = answer.output.error.fields ?? [];
    }
  } catch {
    // Not our JSON (a proxy's page): the status says enough.
  }
  const retry = Number(res.headers.get('retry-after'));
  return new ApiError(
    res.status,
    code,
    message,
    fields,
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

/**
 * A refusal for want of a session is told to the session module, except signing in itself
 * (a wrong password is not a lost session).
 */
export function notifyUnauthorized(contract: { path: string }, code: string): void {
  if (contract.path !== '/api/staff/login') onUnauthorized(code);
}
