/** Calls to the centre server's /api, with its one error shape turned into an ApiError. */

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

export interface RequestOptions {
  json?: unknown;
  /** A text body (CSV import) with its media type. */
  text?: { body: string; type: string };
}

async function errorFrom(res: Response): Promise<ApiError> {
  let code = `http_${res.status}`;
  let message = res.statusText;
  let fields: FieldProblem[] = [];
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: string; fields?: FieldProblem[] };
    };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
    fields = body.error?.fields ?? [];
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

/** `method /api{path}`; resolves the JSON answer (undefined for 204), rejects with ApiError. */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text) {
    headers['content-type'] = options.text.type;
    body = options.text.body;
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'The centre server could not be reached.');
  }
  if (!res.ok) {
    const error = await errorFrom(res);
    if (res.status === 401 && path !== '/staff/login') onUnauthorized(error.code);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A query string from the values that are set (`?a=1&b=x`, or '' when none are). */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
