/** A real finger for the kiosk benches: touch events through Chromium's own input pipeline. */
import type { CDPSession, Locator, Page } from 'playwright-core';

/** One finger on the panel: touchStart, hold, touchEnd at the middle of `target`. */
export async function touch(
  cdp: CDPSession,
  page: Page,
  target: Locator,
  holdMs = 80,
): Promise<void> {
  await target.waitFor({ state: 'visible', timeout: 5000 });
  const box = await target.boundingBox();
  if (!box) throw new Error(`nothing to tap at ${target}`);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.waitForTimeout(holdMs);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
