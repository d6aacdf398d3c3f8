/**
 * axe-core against the elder-UX bar: WCAG 2.x A, AA and AAA (so colour-contrast-enhanced 7:1 and
 * target-size are in), WCAG 2.2 AA, and axe's best practices.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag2aaa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
];

/**
 * E2E_AXE_DISABLE=rule,rule switches rules off for a local run (to see what else is wrong while
 * one known problem is being fixed). Never set it in CI.
 */
const LOCALLY_DISABLED = (process.env.E2E_AXE_DISABLE ?? '').split(',').filter(Boolean);
if (LOCALLY_DISABLED.length)
  console.warn(`[axe] rules switched off by E2E_AXE_DISABLE: ${LOCALLY_DISABLED.join(', ')}`);

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

export interface AxeOptions {
  /** CSS selectors to leave out (e.g. a showcase's own chrome around the state under test). */
  exclude?: string[];
  /** Rules to switch off, each with a reason in the caller. Keep this empty. */
  disableRules?: string[];
}

/**
 * Handed to AxeBuilder as "axe's source" when the page already has axe from an earlier check: the
 * builder evaluates its source before every run, and evaluating axe's 550 KB again cost a
 * loaded machine about a second per check (the layout walk makes some 350). A navigation clears
 * window.axe, and the next check injects the real source again.
 */
const AXE_ALREADY_IN_PAGE = 'void 0;';

export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeResults> {
  const inPage = await page.evaluate('typeof window.axe?.run === "function"');
  // Legacy mode runs axe inside the page only: 2–3× faster, and the kiosk has no frames.
  let builder = new AxeBuilder({ page, axeSource: inPage ? AXE_ALREADY_IN_PAGE : undefined })
    .withTags(AXE_TAGS)
    .setLegacyMode(true);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const disabled = [...(options.disableRules ?? []), ...LOCALLY_DISABLED];
  if (disabled.length) builder = builder.disableRules(disabled);
  return builder.analyze();
}

function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One readable block per violated rule: rule, impact, help, and each target with its summary. */
export function formatViolations(violations: Violation[], maxNodes = 8): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, maxNodes).map((node) => {
        const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' ');
        const summary = node.failureSummary ? ` — ${clip(node.failureSummary, 240)}` : '';
        return `    • ${target}${summary}\n      ${clip(node.html)}`;
      });
      const more = v.nodes.length > maxNodes ? [`    … and ${v.nodes.length - maxNodes} more`] : [];
      return [
        `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length} element(s))`,
        ...nodes,
        ...more,
      ].join('\n');
    })
    .join('\n');
}

/** Fail with the list of violations (rule, impact, targets, summary) when axe finds any. */
export async function expectNoViolations(
  page: Page,
  label: string,
  options: AxeOptions = {},
): Promise<void> {
  const results = await runAxe(page, options);
  if (results.violations.length === 0) return;
  throw new Error(
    `axe: ${results.violations.length} rule(s) violated on ${label} (${page.url()})\n${formatViolations(results.violations)}`,
  );
}
