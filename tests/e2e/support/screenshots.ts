/** Screenshots for people to look at: tests/report/screenshots/<name>--<orientation>--<size>.png */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './server';

export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'tests/report/screenshots');

/** "card list/1" → "card-list-1": safe in a file name on every system. */
function safe(part: string): string {
  return part.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'page';
}

/** Save a viewport screenshot; returns its path. */
export async function saveScreenshot(
  page: Page,
  name: string,
  orientation: string,
  size: number | string,
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${safe(name)}--${orientation}--${safe(String(size))}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}
