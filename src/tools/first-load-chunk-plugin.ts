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
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

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
