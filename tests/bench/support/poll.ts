/**
 * Waiting for something in the kiosk's page, asked from here. Not page.waitForFunction with a
 * string: after its first try Playwright re-evaluates the string in the page, which the kiosk's
 * CSP (script-src 'self', no unsafe-eval) refuses.
 */
import type { Page } from 'playwright-core';

/** Evaluates `expression` every `intervalMs` until it is neither null nor false; returns it. */
export async function pollPage<T>(
  page: Page,
  expression: string,
  timeoutMs: number,
  intervalMs = 20,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = (await page.evaluate(expression)) as T | null | false;
      if (value !== null && value !== false && value !== undefined) return value;
    } catch (error) {
      // A navigation in progress destroys the context being asked; ask the next one.
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `no ${expression} after ${timeoutMs} ms${lastError ? ` (${String(lastError).split('\n')[0]})` : ''}`,
      );
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Until the kiosk has settled after a start: its warm-up has run (src/kiosk/app/warm-up.ts), as
 * on a kiosk that has stood on its attract screen a while before someone walks up.
 */
export const settled = (page: Page) =>
  pollPage(page, `performance.getEntriesByName('kiosk-warm').length > 0`, 30_000, 100);
