/**
 * The words of a config problem and the bundle's shape, without the schemas: a kiosk shows and
 * reports problems from its first load, while the validator (valibot and every schema) is loaded
 * only when a config must be checked (validate.ts re-exports these for everyone else).
 */

/** One thing wrong in a config folder, in words staff can act on. */
export interface ConfigProblem {
  file: string;
  /** A JSON path such as "phones[0].number"; empty for the whole file. */
  path: string;
  message: string;
}

/** The shape the kiosk receives: the raw text of each file, plus a version. */
export interface ConfigBundle {
  version: string;
  files: Record<string, string>;
}

/** One line per problem, the way `config:check` prints it and the staff error screen lists it. */
export function formatProblem(p: ConfigProblem): string {
  return p.path ? `${p.file} › ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}
