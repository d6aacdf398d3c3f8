/**
 * The first load's two chunks carry V8's compile hint (src/tools/first-load-chunk-plugin.ts:
 * `withCompileHint`): their functions are compiled off the main thread while they stream in,
 * not one by one at their first call in the kiosk's start. No other chunk carries it.
 */
import { describe, expect, it } from 'vitest';
import { firstLoadChunk, withCompileHint } from '../../../src/tools/first-load-chunk-plugin';

const HINT = '//# allFunctionsCalledOnLoad\n';

type Handler = (options: unknown, bundle: Record<string, unknown>) => void;

function generate(bundle: Record<string, unknown>): void {
  const { plugin } = firstLoadChunk('/root', 'src/kiosk/main.tsx', []);
  const hook = plugin.generateBundle as { handler: Handler };
  hook.handler.call({ emitFile: () => '' }, {}, bundle);
}

describe('the compile hint', () => {
  it('comes first in the file, once', () => {
    expect(withCompileHint('import{a}from"./b.js";a();')).toBe(`${HINT}import{a}from"./b.js";a();`);
    expect(withCompileHint(withCompileHint('a();'))).toBe(`${HINT}a();`);
  });

  it('marks the first load’s two chunks and no other', () => {
    const chunk = (name: string) => ({ type: 'chunk', name, code: 'export const a=1;' });
    const bundle = {
      'assets/first-shared-AAAA.js': chunk('first-shared'),
      'assets/kiosk-first-BBBB.js': chunk('kiosk-first'),
      'assets/meals-CCCC.js': chunk('meals'),
      'assets/console-DDDD.js': chunk('console'),
    } as Record<string, { code: string }>;
    generate(bundle);
    expect(bundle['assets/first-shared-AAAA.js']?.code).toBe(`${HINT}export const a=1;`);
    expect(bundle['assets/kiosk-first-BBBB.js']?.code).toBe(`${HINT}export const a=1;`);
    expect(bundle['assets/meals-CCCC.js']?.code).toBe('export const a=1;');
    expect(bundle['assets/console-DDDD.js']?.code).toBe('export const a=1;');
  });
});
