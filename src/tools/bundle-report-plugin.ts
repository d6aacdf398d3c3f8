/**
 * Vite plugin: what each built chunk holds, for `npm run bench` (which gzips the chunks and names
 * the biggest modules of the kiosk's first load). Off unless NUANXIN_BUNDLE_REPORT names the JSON
 * file to write, so an ordinary build is unchanged.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface BundleReportChunk {
  file: string;
  name: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  /** Chunks this one imports statically (loaded with it) and by import() (loaded later). */
  imports: string[];
  dynamicImports: string[];
  /** Each module's minified size inside this chunk, before gzip, biggest first. */
  modules: { id: string; bytes: number }[];
}

export function bundleReportPlugin(outFile: string | undefined): Plugin {
  return {
    name: 'nuanxin-bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (!outFile) return;
      const root = process.cwd();
      const chunks: BundleReportChunk[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks.push({
          file: item.fileName,
          name: item.name,
          isEntry: item.isEntry,
          isDynamicEntry: item.isDynamicEntry,
          imports: [...item.imports],
          dynamicImports: [...item.dynamicImports],
          modules: Object.entries(item.modules)
            .map(([id, info]) => ({
              // Paths from the repo (node_modules/… or src/…), without Vite's query suffixes.
              id: relative(root, id.replace(/^\0/, '').replace(/\?.*$/, '')),
              bytes: info.renderedLength,
            }))
            .filter((m) => m.bytes > 0)
            .sort((a, b) => b.bytes - a.bytes),
        });
      }
      const path = resolve(outFile);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify(chunks, null, 1)}\n`);
    },
  };
}
