/**
 * A route's contract: its method, its address and the valibot schemas of what goes in (params,
 * query, body) and what comes back. Each feature's routes are written once, in
 * `src/shared/<feature>/api.ts`: the centre server validates requests with these very schema
 * objects, and the staff console calls through `src/staff/api/client.ts`, which takes its request
 * and answer types from them — so a renamed field breaks the compile on both sides.
 */
import * as v from 'valibot';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request body that is not JSON (a CSV import, a photo's bytes) with its media type. */
export interface RawBody {
  body: string | Uint8Array<ArrayBuffer>;
  type: string;
}

export interface Contract<
  M extends HttpMethod = HttpMethod,
  Path extends string = string,
  Params extends v.GenericSchema | undefined = v.GenericSchema | undefined,
  Query extends v.GenericSchema | undefined = v.GenericSchema | undefined,
  Body extends v.GenericSchema | 'raw' | undefined = v.GenericSchema | 'raw' | undefined,
  Response extends v.GenericSchema = v.GenericSchema,
> {
  method: M;
  /** The full address, `:name` for each path parameter (e.g. "/api/members/:id"). */
  path: Path;
  params?: Params;
  query?: Query;
  /** A JSON body's schema, or 'raw' for bytes or text the route reads and checks itself. */
  body?: Body;
  /** The successful answer (errors share the one `{ error }` shape); v.undefined() for 204. */
  response: Response;
}

/** A written-down contract: the parts it has are known to be there (no `| undefined`). */
export type Route<
  M extends HttpMethod,
  Path extends string,
  Params extends v.GenericSchema | undefined,
  Query extends v.GenericSchema | undefined,
  Body extends v.GenericSchema | 'raw' | undefined,
  Response extends v.GenericSchema,
> = { method: M; path: Path; response: Response } & (Params extends v.GenericSchema
  ? { params: Params }
  : { params?: undefined }) &
  (Query extends v.GenericSchema ? { query: Query } : { query?: undefined }) &
  (Body extends v.GenericSchema | 'raw' ? { body: Body } : { body?: undefined });

/** Writes a contract down, keeping its literal method, path and schema types. */
export function route<
  const M extends HttpMethod,
  const Path extends string,
  Response extends v.GenericSchema,
  Params extends v.GenericSchema | undefined = undefined,
  Query extends v.GenericSchema | undefined = undefined,
  Body extends v.GenericSchema | 'raw' | undefined = undefined,
>(
  contract: Contract<M, Path, Params, Query, Body, Response>,
): Route<M, Path, Params, Query, Body, Response> {
  return contract as Route<M, Path, Params, Query, Body, Response>;
}

type Of<S> = S extends v.GenericSchema ? v.InferInput<S> : never;

/** What a caller sends: only the parts the contract has, each typed by its schema's input. */
export type CallInput<C extends Contract> = (C['params'] extends v.GenericSchema
  ? { params: Of<C['params']> }
  : { params?: undefined }) &
  (C['query'] extends v.GenericSchema ? { query?: Of<C['query']> } : { query?: undefined }) &
  (C['body'] extends 'raw'
    ? { body: RawBody }
    : C['body'] extends v.GenericSchema
      ? { body: Of<C['body']> }
      : { body?: undefined });

/** The successful answer's type, as the server writes it and the console reads it. */
export type Answer<C extends Contract> = v.InferOutput<C['response']>;

/** The answer's type as the server must build it (before any transform: the same here). */
export type Reply<C extends Contract> = v.InferInput<C['response']>;

/** The contract's address with its parameters filled in and escaped. */
export function pathOf(contract: Contract, params?: Record<string, string | number>): string {
  return contract.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${contract.path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
}

/** A query string from the values that are set (`?a=1&b=x`, or '' when none are). */
export function queryString(values: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values ?? {}))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The address of a plain link to a route (a CSV download, an event stream). */
export function hrefOf<C extends Contract>(
  contract: C,
  input: {
    params?: Record<string, string | number>;
    query?: C['query'] extends v.GenericSchema ? Of<C['query']> : undefined;
  } = {},
): string {
  return `${pathOf(contract, input.params)}${queryString(input.query ?? undefined)}`;
}

/** The answer to a route that answers 204 No Content. */
export const NoContent = v.undefined();
