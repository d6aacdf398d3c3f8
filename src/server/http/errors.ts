/** The one error shape the API answers with, and the error the services throw to produce it. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field that failed validation: a dot path into the input ("" for the whole body). */
export interface FieldError {
  path: string;
  message: string;
}

/** Every error response body: `{ error: { code, message, fields? } }`. */
export interface ErrorBody {
  error: {
    /** Stable and machine-readable; the console translates it. */
    code: string;
    /** Plain English, safe to show as is. */
    message: string;
    fields?: FieldError[];
  };
}

/**
 * An expected failure with its HTTP status and a message a person can read. Services throw it
 * (the command line prints the message); anything else thrown is a bug and answers 500.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: { fields?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** The JSON body for this error. */
  toBody(): ErrorBody {
    const { fields } = this.extra;
    return { error: { code: this.code, message: this.message, ...(fields ? { fields } : {}) } };
  }
}

/** 404 for something that is not there. */
export function notFound(message: string, code = 'not_found'): AppError {
  return new AppError(404, code, message);
}

/** 409 for a request that clashes with what is stored. */
export function conflict(code: string, message: string): AppError {
  return new AppError(409, code, message);
}
