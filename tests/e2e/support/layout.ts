/**
 * Layout checks measured in the browser (not read from CSS): text that overflows, clips or
 * scrolls sideways; touch targets that overlap, are cut off, too small or too close; words split
 * across lines; and things that must be in view without scrolling (a confirm screen's price and
 * its Yes). Each has its in-page half in ./in-page/.
 *
 * Overflow:
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

/** An in-page half, without its `export` (it is evaluated as a script, not imported). */
const inPage = (file: string) =>
  readFileSync(new URL(`./in-page/${file}`, import.meta.url), 'utf8').replace(/^export /m, '');
const OVERFLOW_SOURCE = inPage('overflow.js');
const TARGETS_SOURCE = inPage('targets.js');
const WORDS_SOURCE = inPage('words.js');
const IN_VIEW_SOURCE = inPage('in-view.js');

export interface OverflowProblem {
  kind:
    | 'page-x'
    | 'page-y'
    | 'text'
    | 'clipped-by'
    | 'target-cut'
    | 'target-small'
    | 'targets-overlap'
    | 'targets-close'
    | 'text-outside-target'
    | 'word-broken'
    | 'not-in-view';
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

export interface TargetOptions {
  /** Elements (and everything inside) to leave out. */
  exclude?: string[];
  /** Smallest width and height of a target in CSS px (elder-ux: 72). */
  minSize?: number;
  /** Smallest distance between two targets in CSS px (elder-ux: 16). */
  minGap?: number;
}

/** Targets that overlap, are cut off (outside a scroll region), too small or too close. */
export async function findTargetProblems(
  page: Page,
  options: TargetOptions = {},
): Promise<OverflowProblem[]> {
  const call = `(() => {\n${TARGETS_SOURCE}\nreturn findTargetProblems(${JSON.stringify({ scrollRegions: DEFAULT_SCROLL_REGIONS, ...options })});\n})()`;
  return (await page.evaluate(call)) as OverflowProblem[];
}

/** Words split across two lines (any Latin word; Chinese words in labels, buttons, headings). */
export async function findBrokenWords(
  page: Page,
  options: { exclude?: string[] } = {},
): Promise<OverflowProblem[]> {
  const call = `(() => {\n${WORDS_SOURCE}\nreturn findBrokenWords(${JSON.stringify(options)});\n})()`;
  return (await page.evaluate(call)) as OverflowProblem[];
}

/** Each selector's elements (at least one) wholly in view now, without any scrolling. */
export async function findOutOfView(page: Page, selectors: string[]): Promise<OverflowProblem[]> {
  const call = `(() => {\n${IN_VIEW_SOURCE}\nreturn findOutOfView(${JSON.stringify(selectors)});\n})()`;
  return (await page.evaluate(call)) as OverflowProblem[];
}

/**
 * What a confirm screen must show without scrolling: the whole summary (the price is in it), and
 * No and Yes. Empty when the page has no confirm.
 */
export const CONFIRM_IN_VIEW = ['.confirm__summary', '.confirm__actions > .big-button'];

/** Every layout check at once: overflow, targets, words, and a confirm screen's summary and Yes. */
export async function findLayoutProblems(
  page: Page,
  options: { inView?: string[] } = {},
): Promise<OverflowProblem[]> {
  const hasConfirm = (await page.locator('.confirm').count()) > 0;
  const inView = [...(hasConfirm ? CONFIRM_IN_VIEW : []), ...(options.inView ?? [])];
  return [
    ...(await findOverflow(page)),
    ...(await findTargetProblems(page)),
    ...(await findBrokenWords(page)),
    ...(inView.length ? await findOutOfView(page, inView) : []),
  ];
}
