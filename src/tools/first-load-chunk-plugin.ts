/**
 * Vite plugin: the kiosk's first load as one chunk. Left to itself the bundler cuts the modules
 * the kiosk's entry imports statically into ten chunks, along the lines of which lazy flows,
 * the console and the showcase share them; ten files gzip worse than one (each starts its
 * compression afresh, and each carries its imports and exports), and every one is a request
 * before the first paint. Once the module graph is complete this plugin walks the kiosk entry's
 * static imports, and the `codeSplitting` group it returns puts exactly those modules into one
 * chunk, except the ones the console's or the showcase's first load also needs (Preact, signals,
 * i18next and the like), which stay in a chunk of their own so the console never downloads the
 * kiosk's screens. Lazy flows import from the two chunks as before.
 *
 * The kiosk's page then fetches and runs the two chunks only once it has been painted (a tiny
 * start script, `startAfterPaint`): the centre server draws the attract screen into the page
 * (src/server/http/kiosk-page.ts), so on a slow box that screen shows before the code has even
 * been fetched, instead of after it has run. Its stylesheets are written into the page
 * (`inlineFirstStyles`), so that screen waits for nothing but the page.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { minifySync, type Plugin } from 'vite';
import { inlineFirstStyles } from './inline-first-styles';

interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

export interface FirstLoadChunk {
  plugin: Plugin;
  /** `build.rolldownOptions.output.codeSplitting.groups`: the shared part first, then the kiosk's own. */
  groups: { name: string; test: (id: string) => boolean; priority: number }[];
}

/** Every module reachable from `start` by static imports. */
function staticGraph(graph: ModuleGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/**
 * `kioskEntry` is the kiosk's script (src/kiosk/main.tsx); `otherEntries` the first scripts of
 * the other pages in the same build.
 */
export function firstLoadChunk(
  root: string,
  kioskEntry: string,
  otherEntries: string[],
): FirstLoadChunk {
  const kioskOnly = new Set<string>();
  const kioskShared = new Set<string>();
  const plugin: Plugin = {
    name: 'nuanxin-first-load-chunk',
    apply: 'build',
    buildEnd() {
      const graph = this as unknown as ModuleGraph;
      const ids = new Set(graph.getModuleIds());
      const kiosk = resolve(root, kioskEntry);
      if (!ids.has(kiosk)) return;
      const shared = new Set<string>();
      for (const entry of otherEntries) {
        const id = resolve(root, entry);
        if (ids.has(id)) for (const m of staticGraph(graph, id)) shared.add(m);
      }
      kioskOnly.clear();
      kioskShared.clear();
      for (const m of staticGraph(graph, kiosk)) (shared.has(m) ? kioskShared : kioskOnly).add(m);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && FIRST_LOAD_GROUPS.includes(chunk.name))
            chunk.code = withCompileHint(chunk.code);
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string') return;
        const started = startAfterPaint(page.source);
        if (!started) return;
        page.source = inlineFirstStyles(started.html, (file) => {
          const sheet = bundle[file];
          if (sheet?.type !== 'asset') return undefined;
          return typeof sheet.source === 'string'
            ? sheet.source
            : new TextDecoder().decode(sheet.source);
        });
        this.emitFile({
          type: 'asset',
          fileName: started.fileName,
          source: minifyStart(started.fileName, started.script),
        });
      },
    },
  };
  return {
    plugin,
    // The shared group goes first, so the kiosk's group (which takes its modules' dependencies
    // with it) finds them taken.
    groups: [
      { name: 'first-shared', test: (id) => kioskShared.has(id), priority: 2 },
      { name: 'kiosk-first', test: (id) => kioskOnly.has(id), priority: 1 },
    ],
  };
}

/** The first load's two chunks (`groups` above). */
const FIRST_LOAD_GROUPS = ['first-shared', 'kiosk-first'];

/**
 * V8's explicit compile hint (Chromium 136 on): every function of the file is compiled with it,
 * on a background thread while the file streams in, instead of on the main thread at its first
 * call. Nearly every function of the first load runs at the kiosk's start (the render, i18next's
 * set-up, the outbox), and compiled one by one they were a third of the start's main-thread
 * time, in tasks long enough to hold a touch on a slow box. Only the first load is marked: a
 * flow's chunk, or the console's, runs a small part of itself at a time. The comment must come
 * first in the file; other browsers ignore it.
 */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The longest the kiosk's code waits for the first screen to show. */
const START_WAIT_MS = 1000;
const MODULE_SCRIPT = /<script type="module" crossorigin src="\/assets\/([^"]+\.js)"><\/script>/g;

/**
 * The kiosk page's module scripts become one start script that fetches and runs them once the
 * first contentful paint is reported, i.e. once the attract screen the server drew into the page
 * is on the glass: until then the page's stylesheets (the first paint's critical path) have the
 * network and the main thread to themselves. It waits 1 s at most. A page with nothing drawn in
 * (a server without a valid config) or a hidden page has no such paint to wait for. On a centre's
 * LAN, or from the service worker, fetching after the paint costs a few milliseconds. The chunks
 * then run one to a task.
 */
export function startAfterPaint(
  html: string,
): { html: string; fileName: string; script: string } | null {
  const chunks = [...html.matchAll(MODULE_SCRIPT)].map((m) => `./${m[1]}`);
  if (chunks.length === 0) return null;
  // The chunks are fetched together (modulepreload), then run one to a task: the kiosk's start
  // in one long task would hold a touch, and a slow box's blocking time is each task past 50 ms.
  // Every byte is in the first load: the plugin emits it minified (`minifyStart`).
  const script = `const chunks = ${JSON.stringify(chunks)};
let started = false;
const start = async () => {
  if (started) return;
  started = true;
  for (const chunk of chunks)
    document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: new URL(chunk, import.meta.url).href }));
  // One chunk to a task: the next one's evaluation waits for a new task.
  for (const chunk of chunks) {
    await import(chunk);
    await new Promise((next) => setTimeout(next));
  }
};
// Nothing drawn to wait for (no valid config on the server) or nobody to see it: start now.
if (document.visibilityState === 'hidden' || !document.querySelector('#app > *')) start();
else {
  new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) start();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, ${START_WAIT_MS});
}
`;
  const hash = createHash('sha256').update(script).digest('base64url').slice(0, 8);
  const fileName = `assets/kiosk-start-${hash}.js`;
  let first = true;
  const rewritten = html.replace(MODULE_SCRIPT, () => {
    if (!first) return '';
    first = false;
    return `<script type="module" crossorigin src="/${fileName}"></script>`;
  });
  return { html: rewritten.replace(/\n\s*\n/g, '\n'), fileName, script };
}

/** The start script as the page gets it: minified (it is in every first load), comments gone. */
export function minifyStart(fileName: string, script: string): string {
  const { code, errors } = minifySync(fileName, script, { module: true });
  if (errors.length > 0)
    throw new Error(`start script: ${errors.map((e) => e.message).join('; ')}`);
  return code;
}
