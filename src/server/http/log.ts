/** A tiny structured logger: one JSON object per line, so a log shipper needs no parsing rules. */

/** What is logged: a level, a short fixed message, and fields. */
export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  [field: string]: unknown;
}

/** Anything that takes log entries; tests pass one that collects them. */
export type Logger = (entry: LogEntry) => void;

/** Writes JSON lines: errors and warnings to stderr, the rest to stdout. */
export const jsonLogger: Logger = (entry) => {
  const line = `${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`;
  (entry.level === 'error' || entry.level === 'warn' ? process.stderr : process.stdout).write(line);
};

/** The details of a thrown value worth logging (the stack stays in the log, never in a response). */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error)
    return { name: error.name, message: error.message, stack: error.stack };
  return { value: String(error) };
}
