/** Checks that a payload is plain, bounded JSON: what is stored is exactly what is sent. */
import { MAX_PAYLOAD_BYTES, MAX_PAYLOAD_DEPTH, MAX_STRING } from './limits';

/** A lone surrogate: text that is not valid Unicode and that databases refuse or mangle. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with one piece of text that must be stored: a NUL character (PostgreSQL refuses
 * it in text) or a lone surrogate (not Unicode; databases refuse or mangle it). undefined if fine.
 */
export function textProblem(
  text: string,
): 'a NUL character (\\0)' | 'a broken character (not valid Unicode)' | undefined {
  if (text.includes('\0')) return 'a NUL character (\\0)';
  if (LONE_SURROGATE.test(text)) return 'a broken character (not valid Unicode)';
  return undefined;
}

/**
 * The first piece of text anywhere inside `value` (keys included) with a `textProblem`, with its
 * path, or undefined.
 */
export function findBadText(value: unknown): { path: string; problem: string } | undefined {
  // A loop over a stack, not recursion: a hostile body may nest thousands of levels deep.
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) return { path, problem };
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], `${path}[${i}]`]);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item).reverse()) {
        const at = path ? `${path}.${key}` : key;
        const problem = textProblem(key);
        if (problem) return { path: at, problem };
        stack.push([child, at]);
      }
    }
  }
  return undefined;
}

/** The UTF-8 length of a string, counted without TextEncoder so it runs anywhere. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** What is wrong with a value that must be JSON ("" path = the value itself), or undefined. */
function jsonProblem(value: unknown, path: string, depth: number): string | undefined {
  const at = path ? ` at ${path}` : '';
  if (value === null || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : `has a number that is not finite${at}`;
  if (typeof value === 'string') {
    if (value.length > MAX_STRING)
      return `has text of ${value.length} characters${at}; the most is ${MAX_STRING}`;
    if (value.includes('\0')) return `has text with a NUL character${at}`;
    return LONE_SURROGATE.test(value) ? `has text that is not valid Unicode${at}` : undefined;
  }
  if (typeof value !== 'object') return `has a ${typeof value}${at}, which JSON cannot carry`;
  if (depth >= MAX_PAYLOAD_DEPTH) return `nests deeper than ${MAX_PAYLOAD_DEPTH} levels${at}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = jsonProblem(value[i], `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isPlainObject(value))
    return `has an object that is not plain JSON${at} (a Date, Map or class?)`;
  for (const [key, item] of Object.entries(value)) {
    if (key.length > MAX_STRING || textProblem(key)) return `has a bad key name${at}`;
    const problem = jsonProblem(item, path ? `${path}.${key}` : key, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** Why `payload` cannot be an entry's payload (not JSON, too big, huge text), or undefined. */
export function payloadProblem(payload: unknown): string | undefined {
  if (payload === undefined) return 'is missing (use null for "nothing")';
  const problem = jsonProblem(payload, '', 0);
  if (problem) return problem;
  const bytes = utf8Length(JSON.stringify(payload));
  return bytes > MAX_PAYLOAD_BYTES
    ? `is ${bytes} bytes as JSON; the most is ${MAX_PAYLOAD_BYTES}`
    : undefined;
}
