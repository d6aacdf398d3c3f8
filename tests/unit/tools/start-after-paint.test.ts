/**
 * The kiosk page's start (src/tools/first-load-chunk-plugin.ts: `startAfterPaint`): the built
 * page's module scripts become one start script that runs them once the first screen is shown.
 */
import { describe, expect, it } from 'vitest';
import { minifyStart, startAfterPaint } from '../../../src/tools/first-load-chunk-plugin';

const BUILT = `<head>
    <script type="module" crossorigin src="/assets/first-shared-AAAA1111.js"></script>
    <script type="module" crossorigin src="/assets/kiosk-first-BBBB2222.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/first-shared-CCCC3333.css">
  </head>`;

describe('startAfterPaint', () => {
  it('replaces the module scripts with one start script that runs them all, stylesheets kept', () => {
    const started = startAfterPaint(BUILT);
    if (!started) throw new Error('no start made');
    expect(started.fileName).toMatch(/^assets\/kiosk-start-[\w-]{8}\.js$/);
    expect(started.html).toBe(`<head>
    <script type="module" crossorigin src="/${started.fileName}"></script>
    <link rel="stylesheet" crossorigin href="/assets/first-shared-CCCC3333.css">
  </head>`);
    expect(started.script).toContain('["./first-shared-AAAA1111.js","./kiosk-first-BBBB2222.js"]');
    // It waits for the first contentful paint, 1 s at most, and not at all with nothing to paint.
    expect(started.script).toContain("e.name === 'first-contentful-paint'");
    expect(started.script).toContain('setTimeout(start, 1000)');
    expect(started.script).toContain("!document.querySelector('#app > *')");
    // Fetched together, run one to a task (each chunk's evaluation its own task on a slow box).
    expect(started.script).toContain("rel: 'modulepreload'");
    expect(started.script).toMatch(
      /await import\(chunk\);\s+await new Promise\(\(next\) => setTimeout\(next\)\);/,
    );
  });

  it('is emitted minified, its chunks and its wait kept', () => {
    const started = startAfterPaint(BUILT);
    if (!started) throw new Error('no start made');
    const code = minifyStart(started.fileName, started.script);
    expect(code.length).toBeLessThan(started.script.length * 0.8);
    expect(code).not.toContain('//');
    expect(code).toMatch(/[`"']\.\/first-shared-AAAA1111\.js[`"']/);
    expect(code).toMatch(/[`"']\.\/kiosk-first-BBBB2222\.js[`"']/);
    expect(code).toContain('first-contentful-paint');
    expect(code).toContain('import(');
  });

  it('names the script by its content, and leaves a page without module scripts alone', () => {
    const a = startAfterPaint(BUILT);
    const b = startAfterPaint(BUILT.replace('BBBB2222', 'DDDD4444'));
    expect(a?.fileName).not.toBe(b?.fileName);
    expect(startAfterPaint('<head></head>')).toBeNull();
  });
});
