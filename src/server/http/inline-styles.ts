/**
 * The kiosk page's inline stylesheets, allowed by its Content-Security-Policy by their hashes.
 * The build writes the first screen's stylesheets into the page (src/tools/inline-first-styles.ts)
 * so that it paints without waiting for them; `style-src 'self'` alone would refuse them. Each
 * is allowed by the hash of its exact text, so nothing else inline is: not a sheet injected into
 * the page, not a style attribute.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;

/** The CSP sources (`'sha256-…'`) of each `<style>` element in `html`. */
export function styleHashes(html: string): string[] {
  return [...html.matchAll(STYLE_ELEMENT)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
}

/**
 * The style sources of the built index.html in `distDir`, for the kiosk page's `style-src`: read
 * again only when the build changes (a build made while the server runs, as an update does).
 * Empty with no build yet.
 */
export function inlineStyleSources(distDir: string): () => string {
  const file = resolve(distDir, 'index.html');
  let kept: { mtimeMs: number; sources: string } | undefined;
  return () => {
    const onDisk = statSync(file, { throwIfNoEntry: false });
    if (!onDisk) return '';
    if (kept?.mtimeMs !== onDisk.mtimeMs)
      kept = {
        mtimeMs: onDisk.mtimeMs,
        sources: styleHashes(readFileSync(file, 'utf8')).join(' '),
      };
    return kept.sources;
  };
}
