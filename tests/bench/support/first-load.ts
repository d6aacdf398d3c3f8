/**
 * What the kiosk's page fetches at start: the built index.html's scripts and stylesheets, the
 * chunks its start script runs, and, by the build's manifest (vite build --manifest), everything
 * they import statically, with their CSS. Dynamic imports are not followed: they load on demand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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

/**
 * The files of the first load: what the built index.html asks for at start (its module scripts,
 * modulepreloads and stylesheets), and what those import statically by the manifest. The page's
 * own tags are the start, not the manifest's `index.html` entry: when the build puts every module
 * of the kiosk's entry into its first-load chunk (src/tools/first-load-chunk-plugin.ts), the
 * entry's own chunk is empty, is not written, and has no manifest entry.
 */
export function firstLoadFiles(
  manifest: Record<string, ManifestChunk> | null,
  distDir: string,
): Set<string> {
  const files = new Set<string>();
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const src = /\s(?:src|href)="\/([^"]+\.(?:js|css))"/.exec(tag)?.[1];
    const loads =
      /<script\b[^>]*type="module"/.test(tag) || /rel="(?:modulepreload|stylesheet)"/.test(tag);
    if (src && loads) files.add(src);
  }
  // The kiosk's start script (first-load-chunk-plugin.ts: `startAfterPaint`) is no chunk of the
  // manifest: it runs the first-load chunks it names once the first screen is shown.
  const chunkFiles = new Set(Object.values(manifest ?? {}).map((chunk) => chunk.file));
  for (const file of [...files])
    if (file.endsWith('.js') && !chunkFiles.has(file))
      for (const named of readFileSync(resolve(distDir, file), 'utf8').matchAll(
        /["'`]\.\/([\w.-]+\.js)["'`]/g,
      ))
        files.add(`${dirname(file)}/${named[1]}`);
  if (!manifest) return files;
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
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
  for (const file of [...files]) {
    const key = byFile.get(file);
    if (key) walk(key);
  }
  return files;
}
