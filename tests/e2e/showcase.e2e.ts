/**
 * Every state of the UI kit's showcase at 1× and 1.6× in both orientations, and at 1.3× and in the
 * high-contrast theme in landscape: axe (WCAG A/AA/AAA + best practice) finds nothing, no text overflows or is
 * cut off, the page never scrolls sideways, and nothing throws. Screenshots at 1× and 1.6× go to
 * tests/report/screenshots/ for people to look at.
 *
 * The showcase's contract: `/src/kiosk/ui/showcase/` lists every state as a link to
 * `?state=<id>`; a state page also takes `&size=1|1.3|1.6` and `&theme=high-contrast`.
 *
 * E2E_STATES=<regex> limits the run to matching state ids (for local work); E2E_WORKERS=n sets how
 * many browsers per orientation check states at once (default 2); E2E_TRACE=1 prints timings.
 */
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoViolations } from './support/axe';
import { type Kiosk, launchKiosk, type Orientation, type TextSize } from './support/browser';
import { lapTimer } from './support/laps';
import { expectNoOverflow } from './support/layout';
import { saveScreenshot } from './support/screenshots';

const SHOWCASE = '/src/kiosk/ui/showcase/';
const ORIENTATIONS: Orientation[] = ['landscape', 'portrait'];

interface Variant {
  label: string;
  size: TextSize;
  theme?: 'high-contrast';
  screenshot: boolean;
  /** Checked in landscape only: the middle size and the theme change no layout of their own. */
  landscapeOnly?: boolean;
}
/**
 * The smallest and largest sizes in both orientations; 1.3× (between them, so it breaks only
 * where one of them is close to breaking) and the high-contrast theme (colours, not layout) in
 * landscape, which saves the CI a quarter of this file.
 */
const VARIANTS: Variant[] = [
  { label: 'size 1', size: 1, screenshot: true },
  { label: 'size 1.3', size: 1.3, screenshot: false, landscapeOnly: true },
  { label: 'size 1.6', size: 1.6, screenshot: true },
  {
    label: 'high contrast, size 1',
    size: 1,
    theme: 'high-contrast',
    screenshot: false,
    landscapeOnly: true,
  },
];

const baseURL = inject('baseURL');
const executablePath = inject('chromiumPath');

/** Open the showcase's index in a browser and read the state ids from its `?state=` links. */
async function discoverStates(): Promise<{ ids: string[]; error?: string }> {
  const kiosk = await launchKiosk({ orientation: 'landscape', baseURL, executablePath });
  try {
    await kiosk.goto(SHOWCASE);
    await kiosk.page.waitForSelector('a[href*="state="]', { timeout: 20_000 });
    const hrefs = (await kiosk.page.evaluate(
      `[...document.querySelectorAll('a[href*="state="]')].map((a) => a.href)`,
    )) as string[];
    const ids = [...new Set(hrefs.map((h) => new URL(h).searchParams.get('state') ?? ''))].filter(
      Boolean,
    );
    const only = process.env.E2E_STATES ? new RegExp(process.env.E2E_STATES) : undefined;
    const chosen = only ? ids.filter((id) => only.test(id)) : ids;
    if (chosen.length === 0)
      return { ids: [], error: `no state links${only ? ` matching ${only}` : ''} on ${SHOWCASE}` };
    return { ids: chosen };
  } catch (error) {
    return { ids: [], error: `could not read the state list from ${SHOWCASE}: ${String(error)}` };
  } finally {
    await kiosk.close();
  }
}

const discovered = await discoverStates();

test('the showcase lists its states', () => {
  expect(discovered.error, discovered.error).toBeUndefined();
  expect(discovered.ids.length).toBeGreaterThan(0);
});

/** Wait until the state has drawn and its fonts are in, so measurements and pictures are final. */
async function settle(kiosk: Kiosk): Promise<void> {
  const { page } = kiosk;
  // (In-page code is written as strings: the Node tsconfig has no DOM types.)
  await page.waitForFunction(`(document.body?.innerText ?? '').trim().length > 0`, undefined, {
    timeout: 15_000,
  });
  await page.evaluate(`document.fonts.ready.then(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  )`);
}

/**
 * Pages to check states on at once, per orientation. Each is its own browser, so axe in one does
 * not wait for axe in another: on a 2-core machine two halve the run.
 */
const WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? Math.min(2, availableParallelism())));

/** Hands each test a free kiosk, and waits for one when all are busy. */
function createPool(items: Kiosk[]) {
  const free = [...items];
  const waiting: ((kiosk: Kiosk) => void)[] = [];
  return async <T>(run: (kiosk: Kiosk) => Promise<T>): Promise<T> => {
    const kiosk = free.pop() ?? (await new Promise<Kiosk>((resolve) => waiting.push(resolve)));
    try {
      return await run(kiosk);
    } finally {
      const next = waiting.shift();
      if (next) next(kiosk);
      else free.push(kiosk);
    }
  };
}

async function checkState(kiosk: Kiosk, id: string, orientation: Orientation, variant: Variant) {
  const label = `${id} (${orientation}, ${variant.label})`;
  // E2E_TRACE=1 prints where each check's time goes.
  const { lap, print } = lapTimer();
  kiosk.takeProblems();
  await kiosk.goto(SHOWCASE, { state: id, size: variant.size, theme: variant.theme });
  lap('goto');
  await settle(kiosk);
  lap('settle');
  // A state shown on the showcase's stage may be taller than the panel; a state that draws a
  // whole screen may not scroll at all (primary screens need no scrolling).
  const onStage = (await kiosk.page.locator('.showcase--stage').count()) > 0;

  // Run every check and report them together, so one run shows everything wrong.
  const failures: string[] = [];
  const check = async (run: () => Promise<unknown> | undefined) => {
    try {
      await run();
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  };
  await check(() => expectNoOverflow(kiosk.page, label, { allowPageScrollY: onStage }));
  lap('overflow');
  await check(() => expectNoViolations(kiosk.page, label));
  lap('axe');
  if (variant.screenshot)
    await check(() => saveScreenshot(kiosk.page, id, orientation, variant.size));
  lap('shot');
  await check(async () => kiosk.expectNoProblems(label));
  print(label);
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
}

for (const orientation of ORIENTATIONS) {
  describe.concurrent(orientation, () => {
    const kiosks: Kiosk[] = [];
    let withKiosk: ReturnType<typeof createPool>;

    beforeAll(async () => {
      for (let i = 0; i < WORKERS; i++) {
        const kiosk = await launchKiosk({ orientation, baseURL, executablePath });
        // Stable pictures and measurements: no transitions mid-way.
        await kiosk.page.emulateMedia({ reducedMotion: 'reduce' });
        kiosks.push(kiosk);
      }
      withKiosk = createPool(kiosks);
    });
    afterAll(async () => {
      await Promise.all(kiosks.map((kiosk) => kiosk.close()));
    });

    for (const variant of VARIANTS.filter((v) => !v.landscapeOnly || orientation === 'landscape')) {
      describe(variant.label, () => {
        test.each(discovered.ids)('%s', (id) =>
          withKiosk((kiosk) => checkState(kiosk, id, orientation, variant)),
        );
      });
    }
  });
}
