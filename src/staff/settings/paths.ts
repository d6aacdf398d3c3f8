/** Paths into a parsed config file: read, write (without changing the original) and name them. */

export type Path = readonly (string | number)[];

/** "phones[0].number": the form `validateConfigFiles` names problems with. */
export function pathText(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: Path): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/**
 * A copy of `root` with `value` at `path` (undefined removes the key, or the item of a list).
 * Only the objects along the path are copied; missing steps become blocks.
 */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    const index = Number(key);
    if (rest.length === 0 && value === undefined) copy.splice(index, 1);
    else copy[index] = setAt(copy[index], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> =
    root !== null && typeof root === 'object' ? { ...(root as Record<string, unknown>) } : {};
  const name = String(key);
  if (rest.length === 0 && value === undefined) delete copy[name];
  else copy[name] = setAt(copy[name], rest, value);
  return copy;
}

/** A copy of a list with item `index` moved `by` places (no change past either end). */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const to = index + by;
  const copy = [...list];
  if (to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(index, 1) as [T];
  copy.splice(to, 0, item);
  return copy;
}
