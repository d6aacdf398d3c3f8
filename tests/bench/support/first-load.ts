/**
 * What the kiosk's page fetches at start, from the build's manifest (vite build --manifest):
 * index.html's entry and everything it statically imports, with their CSS. Dynamic imports are
 * not followed: they load on demand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ManifestChunk {
  file: string;
  src?: string;
  css?: string[];
  imports?: string[];
}

export function readManifest(distDir: string): Record<string, ManifestChunk> | null {
  const path = resolve(distDir, '.vite/manifest.json');
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
}

/** The files of the first load, by the manifest (empty without one). */
export function firstLoadFiles(manifest: Record<string, ManifestChunk> | null): Set<string> {
  const files = new Set<string>();
  if (!manifest) return files;
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) walk(imported);
  };
  walk('index.html');
  return files;
}
