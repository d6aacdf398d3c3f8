/**
 * Text that overflows, clips or scrolls sideways, measured in the browser (not read from CSS).
 *
 * Checked:
 *  - the page: `document.documentElement.scrollWidth <= innerWidth` (no sideways scroll), and,
 *    unless allowed, no vertical page scroll either (primary screens need no scrolling);
 *  - every visible element that holds text directly (the nearest non-inline box around each
 *    text node, and form controls with a value): its content fits (scrollWidth <= clientWidth,
 *    scrollHeight <= clientHeight), so no text spills out of its box or is cut by ellipsis;
 *  - every ancestor of such text that clips or scrolls (overflow other than visible): its
 *    content fits too, so nothing is cut off or hidden behind a scroll.
 * Visually-hidden text (≤ 2 px boxes, clip-path) is skipped. One pixel of rounding is allowed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The in-page half, without its `export` (it is evaluated as a script, not imported). */
const OVERFLOW_SOURCE = readFileSync(
  new URL('./in-page/overflow.js', import.meta.url),
  'utf8',
).replace(/^export /m, '');

export interface OverflowProblem {
  kind: 'page-x' | 'page-y' | 'text' | 'clipped-by';
  selector: string;
  text: string;
  detail: string;
}

export interface OverflowOptions {
  /** Allow the page itself to scroll vertically (default false). */
  allowPageScrollY?: boolean;
  /** Elements (and everything inside) to leave out. */
  exclude?: string[];
  /**
   * Scroll containers that may scroll vertically by design: the kit's ScrollArea while it shows
   * its arrow buttons. Their text is still checked, and they must not scroll sideways.
   */
  scrollRegions?: string[];
}

export const DEFAULT_SCROLL_REGIONS = ['.scroll-area[data-overflows] > .scroll-area__viewport'];

export async function findOverflow(
  page: Page,
  options: OverflowOptions = {},
): Promise<OverflowProblem[]> {
  const call = `(() => {\n${OVERFLOW_SOURCE}\nreturn findOverflow(${JSON.stringify({ scrollRegions: DEFAULT_SCROLL_REGIONS, ...options })});\n})()`;
  return (await page.evaluate(call)) as OverflowProblem[];
}

export function formatOverflow(problems: OverflowProblem[]): string {
  return problems
    .map((p) => `  [${p.kind}] ${p.selector}${p.text ? ` "${p.text}"` : ''}\n      ${p.detail}`)
    .join('\n');
}

/** Fail with a readable list when any text overflows, is clipped, or the page scrolls. */
export async function expectNoOverflow(
  page: Page,
  label: string,
  options: OverflowOptions = {},
): Promise<void> {
  const problems = await findOverflow(page, options);
  if (problems.length === 0) return;
  throw new Error(
    `layout: ${problems.length} overflow problem(s) on ${label} (${page.url()})\n${formatOverflow(problems)}`,
  );
}
