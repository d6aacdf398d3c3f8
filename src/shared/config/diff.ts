/**
 * What changed between two config versions, as a list the console words for staff ("idle
 * timeout 90 s → 120 s"). Pure: it compares the parsed JSON of each file.
 *
 * Objects are compared key by key. A list of objects that all carry an `id` (activities, help
 * categories) is matched by id, so inserting one activity reads as one addition rather than
 * every later activity "changed"; a reorder of such a list is one change of the order. Other
 * lists of objects (phones) are matched by position. A list of plain values (jobs, languages)
 * is one value: "jobs [meals, about] → [meals]" reads better than item by item.
 */
import type { ConfigChange, ConfigFiles } from './versions-api';

type Path = ConfigChange['path'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON values (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => key in b && sameJson(a[key], b[key]));
  }
  return false;
}

function idOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

function diffArrays(file: string, path: Path, a: unknown[], b: unknown[], out: ConfigChange[]) {
  const all = [...a, ...b];
  if (all.length > 0 && all.every((item) => idOf(item) !== undefined)) {
    const ids = (list: unknown[]) => list.map((item) => idOf(item) as string);
    const beforeIds = ids(a);
    const afterIds = ids(b);
    // Ids listed twice cannot be matched one to one: fall back to positions.
    if (new Set(beforeIds).size === a.length && new Set(afterIds).size === b.length) {
      b.forEach((item, index) => {
        const was = beforeIds.indexOf(afterIds[index] as string);
        if (was === -1) out.push({ file, path: [...path, index], kind: 'added', after: item });
        else diffValue(file, [...path, index], a[was], item, out);
      });
      a.forEach((item, index) => {
        if (!afterIds.includes(beforeIds[index] as string))
          out.push({ file, path: [...path, index], kind: 'removed', before: item });
      });
      const kept = afterIds.filter((id) => beforeIds.includes(id));
      const keptBefore = beforeIds.filter((id) => afterIds.includes(id));
      if (!sameJson(kept, keptBefore))
        out.push({ file, path, kind: 'changed', before: keptBefore, after: kept });
      return;
    }
  }
  if (all.length > 0 && all.every((item) => typeof item === 'object' && item !== null)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) diffValue(file, [...path, i], a[i], b[i], out);
    for (let i = common; i < b.length; i++)
      out.push({ file, path: [...path, i], kind: 'added', after: b[i] });
    for (let i = common; i < a.length; i++)
      out.push({ file, path: [...path, i], kind: 'removed', before: a[i] });
    return;
  }
  out.push({ file, path, kind: 'changed', before: a, after: b });
}

function diffValue(file: string, path: Path, a: unknown, b: unknown, out: ConfigChange[]) {
  if (sameJson(a, b)) return;
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) {
      if (!(key in b)) out.push({ file, path: [...path, key], kind: 'removed', before: a[key] });
      else diffValue(file, [...path, key], a[key], b[key], out);
    }
    for (const key of Object.keys(b))
      if (!(key in a)) out.push({ file, path: [...path, key], kind: 'added', after: b[key] });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    diffArrays(file, path, a, b, out);
    return;
  }
  out.push({ file, path, kind: 'changed', before: a, after: b });
}

/** Each file's JSON; a file that does not parse is compared as its text. */
export function parseConfigFiles(files: ConfigFiles): Record<string, unknown> {
  const parsed: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(files)) {
    try {
      parsed[name] = JSON.parse(text) as unknown;
    } catch {
      parsed[name] = text;
    }
  }
  return parsed;
}

/** Every change from `before` to `after` (parsed files by name), file by file in name order. */
export function diffConfig(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): ConfigChange[] {
  const out: ConfigChange[] = [];
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const file of names) {
    if (!(file in before)) out.push({ file, path: [], kind: 'added', after: after[file] });
    else if (!(file in after)) out.push({ file, path: [], kind: 'removed', before: before[file] });
    else diffValue(file, [], before[file], after[file], out);
  }
  return out;
}
