/**
 * The console's one way to call the centre server: `call(contract, { params, query, body })`
 * with a route's contract from `src/shared/<feature>/api.ts`. What may be sent and what comes
 * back are typed from the contract's schemas, so no call names its own types; in development the
 * answer is also checked against the contract, so a server that drifted fails loudly here rather
 * than as a blank field on a page.
 */
import * as v from 'valibot';
import {
  type Answer,
  type CallInput,
  type Contract,
  pathOf,
  queryString,
  type RawBody,
} from '../../shared/api/contract';
import { ApiError, errorFrom, notifyUnauthorized } from './http';

/** Calls with no parameters, query or body may leave the input out. */
type Args<C extends Contract> =
  object extends CallInput<C> ? [input?: CallInput<C>] : [input: CallInput<C>];

/** The call's headers and body: JSON for a schema body, the given bytes or text for a raw one. */
function requestOf(
  contract: Contract,
  body: unknown,
): { headers: Record<string, string>; body?: BodyInit } {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (contract.body === undefined || body === undefined) return { headers };
  if (contract.body === 'raw') {
    const raw = body as RawBody;
    headers['content-type'] = raw.type;
    return { headers, body: raw.body };
  }
  headers['content-type'] = 'application/json';
  return { headers, body: JSON.stringify(body) };
}

/** Resolves the route's answer (undefined for 204), or rejects with an ApiError. */
export async function call<C extends Contract>(contract: C, ...args: Args<C>): Promise<Answer<C>> {
  const input = (args[0] ?? {}) as {
    params?: Record<string, string | number>;
    query?: Record<string, unknown>;
    body?: unknown;
  };
  const url = `${pathOf(contract, input.params)}${queryString(input.query)}`;
  const { headers, body } = requestOf(contract, input.body);
  let res: Response;
  try {
    res = await fetch(url, { method: contract.method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'The centre server could not be reached.');
  }
  if (!res.ok) {
    const error = await errorFrom(res);
    if (res.status === 401) notifyUnauthorized(contract, error.code);
    throw error;
  }
  const answer: unknown = res.status === 204 ? undefined : await res.json();
  if (import.meta.env.DEV) {
    const checked = v.safeParse(contract.response, answer);
    if (!checked.success) {
      const where = checked.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`).join('; ');
      throw new ApiError(
        res.status,
        'answer_mismatch',
        `${contract.method} ${contract.path} answered outside its contract: ${where}`,
      );
    }
  }
  return answer as Answer<C>;
}

/**
 * Data the server pushed (an event stream's message) read as its schema says; checked in
 * development, as a call's answer is.
 */
export function checked<S extends v.GenericSchema>(schema: S, data: unknown): v.InferOutput<S> {
  if (import.meta.env.DEV) return v.parse(schema, data);
  return data as v.InferOutput<S>;
}
