/** Turning anything thrown in a route into the JSON error shape, without leaking internals. */
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorBody } from './errors';
import { describeError, type Logger } from './log';

const CODES_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'not_signed_in',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/** The API's `onError`: AppError as itself, Hono's HTTPException by status, anything else 500. */
export function apiErrorHandler(log: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof AppError) {
      for (const [name, value] of Object.entries(error.extra.headers ?? {})) c.header(name, value);
      return c.json(error.toBody(), error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const body: ErrorBody = {
        error: {
          code: CODES_BY_STATUS[error.status] ?? 'request_error',
          message: error.message || 'The request could not be handled.',
        },
      };
      return c.json(body, error.status);
    }
    log({
      level: 'error',
      msg: 'unhandled error',
      method: c.req.method,
      path: c.req.path,
      error: describeError(error),
    });
    const body: ErrorBody = {
      error: {
        code: 'internal_error',
        message: 'Something went wrong on the server. It has been logged; please try again.',
      },
    };
    return c.json(body, 500);
  };
}

/** The API's answer for a path or method it does not have (instead of the kiosk's HTML shell). */
export function apiNotFound(c: Context) {
  const body: ErrorBody = {
    error: { code: 'not_found', message: `There is no API at ${c.req.method} ${c.req.path}.` },
  };
  return c.json(body, 404);
}

/** Logs each request's method, path, status and duration as one JSON line. */
export function requestLogger(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log({
      level: 'info',
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}
