/**
 * The server's layering rules, checked over its source text so a new feature cannot quietly break
 * them: SQL only in a feature's repository (and db/, which holds the migrations and the database
 * plumbing), nothing under src/server imports src/tools, and no import cycle between server files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SERVER = join(ROOT, 'src/server');
const TOOLS = join(ROOT, 'src/tools');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(SERVER);
const text = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
const name = (file: string) => relative(ROOT, file);

/** The files a file imports by a relative path (static, type-only and dynamic alike). */
function importsOf(file: string): string[] {
  const specifiers = [
    ...(text.get(file) ?? '').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g),
  ].map((m) => m[1] as string);
  return specifiers.flatMap((specifier) => {
    const base = resolve(dirname(file), specifier);
    const found = [base, `${base}.ts`, join(base, 'index.ts')].find(
      (path) => existsSync(path) && path.endsWith('.ts'),
    );
    return found ? [found] : [];
  });
}

describe('server layers', () => {
  it('keeps SQL in repositories (and db/)', () => {
    const sql = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql\s*(<[^>]*>)?`/;
    const outside = files.filter(
      (file) =>
        !file.endsWith('.repository.ts') &&
        !file.startsWith(`${join(SERVER, 'db')}/`) &&
        sql.test(text.get(file) ?? ''),
    );
    expect(outside.map(name)).toEqual([]);
  });

  it('never imports src/tools', () => {
    const offenders = files.filter((file) =>
      importsOf(file).some((target) => target.startsWith(`${TOOLS}/`)),
    );
    expect(offenders.map(name)).toEqual([]);
  });

  it('has no import cycle between server files', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'visiting');
      path.push(file);
      for (const target of importsOf(file).filter((t) => t.startsWith(`${SERVER}/`))) {
        if (state.get(target) === 'visiting')
          cycles.push([...path.slice(path.indexOf(target)), target].map(name).join(' → '));
        else if (!state.has(target)) visit(target);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
