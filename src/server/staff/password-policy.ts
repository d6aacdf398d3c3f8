/**
 * Which passwords a person may choose. Length alone let "          " (ten spaces) and
 * "1234567890" through (issue #11 finding 8). zxcvbn-ts estimates how many guesses a cracker
 * needs, knowing ~40,000 common passwords, names, keyboard rows, repeats, sequences and dates,
 * and the account's own name and username; a password must need at least 10^8 guesses (its
 * score 3, "safely unguessable" against a slow hash like ours). Only the server loads the
 * dictionaries (~2 MB), once, on the first password set.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { AppError } from '../http/errors';

/** zxcvbn's score a chosen password must reach (0–4). */
export const MIN_PASSWORD_SCORE = 3;

let checker: ZxcvbnFactory | undefined;

/** True when `password` is too easy to guess for an account with these names. */
export function isWeakPassword(password: string, names: readonly string[] = []): boolean {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });
  const inputs = names.filter((name) => name.trim() !== '');
  return checker.check(password.normalize('NFKC'), inputs).score < MIN_PASSWORD_SCORE;
}

/** Throws a 400 naming the field when `password` is too easy to guess. */
export function assertStrongPassword(
  password: string,
  names: readonly string[],
  field = 'password',
): void {
  if (!isWeakPassword(password, names)) return;
  const message =
    'This password is too easy to guess: it is a common password, a name, or a pattern like 1234 or aaaa. Use a longer one, such as three or four words that do not belong together.';
  throw new AppError(400, 'weak_password', message, { fields: [{ path: field, message }] });
}
