/**
 * The kiosk page's stylesheets written into the page (src/tools/inline-first-styles.ts), each
 * leaving a disabled link behind so that a lazy chunk's loader does not fetch it again.
 */
import { describe, expect, it } from 'vitest';
import { inlineFirstStyles } from '../../../src/tools/inline-first-styles';

const PAGE = `<head>
    <script type="module" crossorigin src="/assets/kiosk-start-AAAA1111.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/first-shared-BBBB2222.css">
    <link rel="stylesheet" crossorigin href="/assets/kiosk-first-CCCC3333.css">
  </head>`;

const SHEETS: Record<string, string> = {
  'assets/first-shared-BBBB2222.css': '.a{color:red}\n',
  'assets/kiosk-first-CCCC3333.css': '.b{margin:0}',
};

describe('inlineFirstStyles', () => {
  it('writes each sheet into the page, in order, a disabled link to its file beside it', () => {
    expect(inlineFirstStyles(PAGE, (file) => SHEETS[file])).toBe(`<head>
    <script type="module" crossorigin src="/assets/kiosk-start-AAAA1111.js"></script>
    <style>.a{color:red}</style>
    <link rel="stylesheet" crossorigin href="/assets/first-shared-BBBB2222.css" disabled>
    <style>.b{margin:0}</style>
    <link rel="stylesheet" crossorigin href="/assets/kiosk-first-CCCC3333.css" disabled>
  </head>`);
  });

  it('leaves linked a sheet it does not have, and one that could close its element', () => {
    const out = inlineFirstStyles(PAGE, (file) =>
      file.includes('kiosk-first') ? '.c{content:"</style>"}' : undefined,
    );
    expect(out).toBe(PAGE);
  });
});
