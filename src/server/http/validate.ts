/** Reading and validating request input at the edge: JSON bodies (size-limited) and query strings. */
import type { Env, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { findBadText, textProblem } from '../../shared/sync/json-value';
import { AppError, type FieldError } from './errors';

/** The largest JSON body any route accepts. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** Refuses bodies over `maxBytes` with 413, counting streamed bodies too, before any is parsed. */
export function limitBody(maxBytes: number = MAX_JSON_BODY_BYTES): MiddlewareHandler {
  const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError(
        413,
        'body_too_large',
        `The request body is too large: the limit is ${megabytes} MB.`,
      );
    },
  });
}

/** Valibot's issues as a list of fields and messages a person can read. */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
}

/** `value` checked against `schema`, or a 400 that lists every field that is wrong. */
export function parseInput<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  // One message per field (the first problem in its pipe) reads better than a pile-up.
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  if (result.success) return result.output;
  const fields = fieldErrors(result.issues);
  const listed = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  throw new AppError(400, 'invalid_input', `Some details are not right: ${listed}`, {
    fields,
  });
}

type Validated<Target extends string, S extends v.GenericSchema> = {
  in: { [K in Target]: v.InferInput<S> };
  out: { [K in Target]: v.InferOutput<S> };
};

/**
 * Middleware: the body must be JSON (415), at most 1 MB (413), parse (400 "not valid JSON"), be
 * an object, and match `schema` (400 with field errors). The handler reads it with `c.req.valid('json')`, and
 * Hono's typed client sees the input type.
 */
export function jsonBody<S extends v.GenericSchema, E extends Env = Env, P extends string = string>(
  schema: S,
  maxBytes: number = MAX_JSON_BODY_BYTES,
): MiddlewareHandler<E, P, Validated<'json', S>> {
  const limit = limitBody(maxBytes);
  return (c, next) =>
    limit(c, async () => {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
      if (!JSON_MEDIA_TYPE.test(mediaType))
        throw new AppError(
          415,
          'unsupported_media_type',
          'Send the request body as JSON, with the header "Content-Type: application/json".',
        );
      const text = await c.req.text();
      if (text.trim() === '')
        throw new AppError(400, 'invalid_json', 'The request body is empty; send a JSON object.');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new AppError(400, 'invalid_json', 'The request body is not valid JSON.');
      }
      // Every body is an object, so a field can be added later without breaking old clients.
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const message = 'The request body must be a JSON object, like {"name": "…"}.';
        throw new AppError(400, 'invalid_input', message, { fields: [{ path: '', message }] });
      }
      // No text with NUL (PostgreSQL refuses it) or broken Unicode (silently mangled) gets stored.
      const bad = findBadText(value);
      if (bad) {
        const message = `This text contains ${bad.problem}, which is never valid; remove it.`;
        throw new AppError(
          400,
          'invalid_input',
          `Some details are not right: ${bad.path}: ${message}`,
          {
            fields: [{ path: bad.path, message }],
          },
        );
      }
      c.req.addValidatedData('json', parseInput(schema, value) as object);
      await next();
    });
}

/** Middleware: the query string must match `schema` (400 with field errors otherwise). */
export function validQuery<
  S extends v.GenericSchema,
  E extends Env = Env,
  P extends string = string,
>(schema: S): MiddlewareHandler<E, P, Validated<'query', S>> {
  return async (c, next) => {
    c.req.addValidatedData('query', parseInput(schema, c.req.query()) as object);
    await next();
  };
}

/**
 * Middleware for every API request: the path and the query string may not hold text that can
 * never be stored (a NUL from "%00", or broken Unicode), so no route has to think about it.
 */
export function cleanAddress(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    let parts: string[];
    try {
      parts = [decodeURIComponent(url.pathname)];
    } catch {
      throw new AppError(400, 'invalid_address', 'The address is not valid percent-encoded text.');
    }
    for (const [key, value] of url.searchParams) parts.push(key, value);
    for (const part of parts) {
      const problem = textProblem(part);
      if (problem)
        throw new AppError(
          400,
          'invalid_address',
          `The address contains ${problem}, which is never valid; remove it.`,
        );
    }
    await next();
  };
}
