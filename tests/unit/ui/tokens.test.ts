/**
 * The elder-UX numbers, checked against tokens.css itself: contrast of every colour pair the kit
 * uses, in both themes, and the minimum sizes. (Real rendering is checked by the browser tests.)
 */
import { describe, expect, it } from 'vitest';

// Read from disk: vitest blanks CSS imports, even ?raw. This test runs in Node (unit project)
// but is type-checked with the DOM tsconfig, which has no Node types, hence the narrow cast.
type Fs = { readFileSync(path: URL, encoding: 'utf8'): string };
const node = globalThis as unknown as { process: { getBuiltinModule(id: 'node:fs'): Fs } };
const css = node.process
  .getBuiltinModule('node:fs')
  .readFileSync(new URL('../../../src/kiosk/ui/tokens.css', import.meta.url), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in tokens.css`);
  const body = css.slice(start, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
    out[m[1] as string] = (m[2] as string).trim();
  return out;
}

const base = block(':root');
const themes = {
  default: base,
  'high-contrast': { ...base, ...block('html[data-theme="high-contrast"]') },
};

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt((m[1] as string).slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [foreground, background] pairs of text the kit draws. */
const TEXT_PAIRS: [string, string][] = [
  ['--colour-text', '--colour-surface'],
  ['--colour-text', '--colour-surface-raised'],
  ['--colour-text-muted', '--colour-surface'],
  ['--colour-text-muted', '--colour-surface-raised'],
  ['--colour-text', '--colour-caption-bg'],
  ['--colour-text', '--colour-pressed-bg'],
  ['--colour-on-primary', '--colour-primary'],
  ['--colour-on-primary', '--colour-primary-pressed'],
  ['--colour-secondary-text', '--colour-surface-raised'],
  ['--colour-secondary-text', '--colour-surface'],
  ['--colour-secondary-text', '--colour-pressed-bg'],
  ['--colour-on-danger', '--colour-danger'],
  ['--colour-on-danger', '--colour-danger-pressed'],
  ['--colour-selected-text', '--colour-selected-bg'],
  ['--colour-disabled-text', '--colour-disabled-bg'],
];

/** Icons, borders and the focus ring against what they sit on. */
const NON_TEXT_PAIRS: [string, string][] = [
  ['--colour-border', '--colour-surface'],
  ['--colour-border', '--colour-surface-raised'],
  ['--colour-focus', '--colour-surface'],
  ['--colour-focus', '--colour-surface-raised'],
  ['--colour-primary', '--colour-surface'],
  ['--colour-danger', '--colour-surface'],
  ['--colour-success', '--colour-surface'],
  ['--colour-selected-border', '--colour-surface'],
  ['--colour-selected-border', '--colour-selected-bg'],
  ['--colour-disabled-text', '--colour-surface'],
];

describe('tokens.css', () => {
  for (const [name, vars] of Object.entries(themes)) {
    const colour = (v: string) => {
      const value = vars[v];
      if (!value) throw new Error(`${v} missing in ${name}`);
      return value;
    };
    it.each(TEXT_PAIRS)(`${name}: text %s on %s is at least 7:1`, (fg, bg) => {
      expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(7);
    });
    it.each(NON_TEXT_PAIRS)(`${name}: %s on %s is at least 4.5:1`, (fg, bg) => {
      expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
    });
  }

  const px = (v: string) => {
    const m = /(\d+(?:\.\d+)?)px/.exec(base[v] ?? '');
    if (!m) throw new Error(`${v} has no px size`);
    return Number(m[1]);
  };

  it('meets the size minimums at 1×', () => {
    expect(px('--font-size-body')).toBeGreaterThanOrEqual(28);
    expect(px('--font-size-heading')).toBeGreaterThanOrEqual(40);
    expect(px('--target-primary')).toBeGreaterThanOrEqual(96);
    expect(px('--target-secondary')).toBeGreaterThanOrEqual(72);
    expect(px('--gap-targets')).toBeGreaterThanOrEqual(16);
    expect(Number(base['--line-height'])).toBeGreaterThanOrEqual(1.5);
    expect(base['--font-weight-body']).toBe('500');
  });

  it('multiplies every font size by the text scale, with all three scales defined', () => {
    for (const [k, v] of Object.entries(base)) {
      if (k.startsWith('--font-size-')) expect(v).toContain('var(--text-scale)');
    }
    for (const s of ['1', '1.3', '1.6']) {
      expect(block(`html[data-text-size="${s}"]`)['--text-scale']).toBe(s);
    }
  });

  it('starts the font stack with the Heiti-style CJK faces', () => {
    expect(base['--font-family']).toMatch(
      /^"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC"/,
    );
  });
});
