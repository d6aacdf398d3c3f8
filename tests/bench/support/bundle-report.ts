/**
 * The bench's bundle visualiser: what the kiosk's first load holds. The build writes each chunk's
 * modules (src/tools/bundle-report-plugin.ts); this adds each chunk's gzip size, marks the chunks
 * index.html loads at start (its module scripts, the chunks its start script runs, and their
 * static imports), and lists the biggest modules in them — the place to look when the initial JS
 * budget is missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleReportChunk } from '../../../src/tools/bundle-report-plugin';
import { firstLoadFiles } from './first-load';

export interface ChunkSize {
  file: string;
  name: string;
  initial: boolean;
  gzipKB: number;
  rawKB: number;
  /** The biggest modules in it (minified size inside the chunk, before gzip). */
  modules: { id: string; KB: number }[];
}

export interface BundleReport {
  initialJsGzipKB: number;
  chunks: ChunkSize[];
}

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

export function readBundleReport(distDir: string, reportPath: string, top = 12): BundleReport {
  const chunks = JSON.parse(readFileSync(reportPath, 'utf8')) as BundleReportChunk[];
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  // The page's own scripts and the chunks its start script runs; then their imports, below.
  const initial = new Set([...firstLoadFiles(null, distDir)].filter((f) => f.endsWith('.js')));
  const queue = [...initial];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const imported of byFile.get(file)?.imports ?? []) {
      if (!initial.has(imported)) {
        initial.add(imported);
        queue.push(imported);
      }
    }
  }
  // Scripts of the first load that are no chunk (the kiosk's start script) count too.
  const scripts = [...initial]
    .filter((file) => !byFile.has(file))
    .map((file) => ({ file, name: basename(file, '.js'), imports: [], modules: [] }));
  // The first load's total from the exact bytes: chunks rounded one by one could sum under the
  // budget while the bytes are over it.
  let initialGzipBytes = 0;
  const sizes: ChunkSize[] = [...chunks, ...scripts]
    // The console's and the showcase's own chunks are never on a kiosk. An entry whose modules
    // all went to the first-load chunk (src/tools/first-load-chunk-plugin.ts) is not written.
    .filter((c) => initial.has(c.file) || !/^assets\/(console|showcase)-/.test(c.file))
    .filter((c) => existsSync(resolve(distDir, c.file)))
    .map((c) => {
      const bytes = readFileSync(resolve(distDir, c.file));
      const gzipBytes = gzipSync(bytes, { level: 9 }).length;
      if (initial.has(c.file)) initialGzipBytes += gzipBytes;
      return {
        file: c.file,
        name: c.name,
        initial: initial.has(c.file),
        gzipKB: kb(gzipBytes),
        rawKB: kb(bytes.length),
        modules: c.modules.slice(0, top).map((m) => ({ id: m.id, KB: kb(m.bytes) })),
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipKB - a.gzipKB);
  const initialJsGzipKB = Number((initialGzipBytes / 1024).toFixed(2));
  return { initialJsGzipKB, chunks: sizes };
}

/** The first load, chunk by chunk with its biggest modules, for the bench's output. */
export function printBundleReport(report: BundleReport): void {
  console.log('bench: initial JS, chunk by chunk (gzip) and its biggest modules (minified):');
  for (const chunk of report.chunks.filter((c) => c.initial)) {
    console.log(`  ${chunk.file}  ${chunk.gzipKB} KB gzip`);
    for (const m of chunk.modules.slice(0, 8))
      console.log(`      ${String(m.KB).padStart(5)} KB  ${m.id}`);
  }
  const later = report.chunks.filter((c) => !c.initial);
  console.log(
    `bench: loaded on demand: ${later.map((c) => `${c.name} ${c.gzipKB} KB`).join(', ')}`,
  );
}
