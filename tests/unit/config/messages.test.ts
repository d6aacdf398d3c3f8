/**
 * Every way of breaking one setting must give a message written for staff: never valibot's
 * default "Invalid type: Expected …", always at the setting that was broken.
 */
import { describe, expect, it } from 'vitest';
import { validateConfigFiles } from '../../../src/shared/config/validate';
import { demoBundle, demoJson, type Json } from './demo-files';

type Path = (string | number)[];

function leaves(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...keys.flatMap((k) => leaves(value[k], [...path, k]))].filter((p) => p.length > 0);
}

const wrongType = (x: unknown) =>
  Array.isArray(x) ? {} : typeof x === 'object' ? [] : typeof x === 'string' ? 12345 : String(x);

const show = (path: Path) =>
  path.reduce<string>(
    (out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k),
    '',
  );

const CASES = (['centre', 'kiosk'] as const).flatMap((file) =>
  leaves(demoJson()[file]).flatMap((path) => [
    { file, path, change: 'wrong type' as const },
    ...(typeof path.at(-1) === 'string' ? [{ file, path, change: 'deleted' as const }] : []),
  ]),
);

describe('every broken setting gets a message for staff', () => {
  it.each(CASES)('$file $path: $change', ({ file, path, change }) => {
    const bundle = demoBundle((json) => {
      const parent = path.slice(0, -1).reduce((o, k) => o[k], json[file]);
      const key = path.at(-1) as string | number;
      if (change === 'deleted') delete parent[key];
      else parent[key] = wrongType(parent[key]);
    });
    const result = validateConfigFiles(bundle);
    if (result.ok) {
      // Only optional settings may be left out.
      expect(
        change === 'deleted' &&
          ['$schema', 'name', 'azure', 'communities', 'trainingTarget'].includes(
            String(path.at(-1)),
          ),
      ).toBe(true);
      return;
    }
    for (const p of result.problems) {
      expect(p.file).toBe(`${file}.json`);
      expect(p.message).not.toMatch(/^Invalid |Expected .* but received/);
    }
    expect(result.problems.map((p) => p.path)).toContain(show(path));
  });
});
