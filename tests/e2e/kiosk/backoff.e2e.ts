/**
 * A failing server is not hammered (issue #11 finding 7), in real Chromium with the real service
 * worker and Background Sync: one enrolled kiosk with an entry waiting, its pushes answered 503 for
 * 20 s by a proxy in front of the real centre server. The kiosk backs off — every trigger (timer,
 * Background Sync, `online`, new entries) follows one schedule — so the server sees a handful of
 * pushes, not hundreds; once it answers again the entry arrives, exactly once.
 */

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterEach, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk } from '../support/browser';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy';
import { type ServerHandle, startServer } from '../support/server';
import { enrollThroughStaffScreen, exactName, startSession, tapButton } from './kiosk-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

/** How long the server fails, and the most pushes one kiosk may make meanwhile. */
const FAILING_MS = 20_000;
const MOST_PUSHES = 10;

let kiosk: Kiosk | undefined;
let proxy: FaultProxy | undefined;
let server: ServerHandle | undefined;

afterEach(async () => {
  await kiosk?.close();
  await proxy?.close();
  await server?.stopAndRemoveData();
  kiosk = undefined;
  proxy = undefined;
  server = undefined;
});

/** Rows of the centre's database (the server this helper started keeps it by port). */
function rows<T>(handle: ServerHandle, sql: string): T[] {
  const path = join(tmpdir(), `nuanxin-e2e-${handle.port}.db`);
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

function loose(words: string): RegExp {
  const any = '[\\u2063\\u2064]*';
  return new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(any));
}

const heading = (page: Page, name: string | RegExp) =>
  page
    .getByRole('heading', { name: typeof name === 'string' ? exactName(name) : name })
    .first()
    .waitFor();

test('pushes answered 503 for 20 s: a handful, not hundreds; then the entry arrives once', async () => {
  server = await startServer({ distDir });
  const handle = server;
  proxy = await startFaultProxy(handle.url);
  const through = proxy;
  const k = await launchKiosk({ orientation: 'landscape', baseURL: through.url, executablePath });
  kiosk = k;

  // Enrolled through the staff screen, with the roster in: the kiosk is in its normal pace.
  await enrollThroughStaffScreen(k, handle, '大厅 1', { audit: false });

  // The server starts failing; an elder's action is saved (an emergency cancelled inside its
  // countdown: an ordinary entry, sent like any other).
  through.failPushes = true;
  await k.goto('/');
  await startSession(k, 1);
  await tapButton(k.page, '紧急呼叫');
  await k.page.getByText(loose('秒后呼叫工作人员')).first().waitFor();
  await tapButton(k.page, '取消，不呼叫');
  await heading(k.page, '您想做什么？');
  await expect.poll(() => through.pushes.failed, { timeout: 10_000 }).toBeGreaterThan(0);

  await k.page.waitForTimeout(FAILING_MS);
  const underFailure = through.pushes.failed;
  const first = through.pushes.failedAt[0] ?? 0;
  const seconds = through.pushes.failedAt.map((at) => ((at - first) / 1000).toFixed(1));
  console.log(
    `[backoff] pushes answered 503 in ${FAILING_MS / 1000} s: ${underFailure} (at ${seconds.join(', ')} s)`,
  );
  expect(underFailure).toBeLessThanOrEqual(MOST_PUSHES);
  expect(rows(handle, 'SELECT id FROM help_calls')).toEqual([]);

  // The server answers again: the next scheduled try delivers the entry, once.
  through.failPushes = false;
  await expect
    .poll(() => rows<{ status: string }>(handle, 'SELECT status FROM help_calls'), {
      timeout: 100_000,
      interval: 500,
    })
    .toEqual([{ status: 'cancelled' }]);
  const entries = rows<{ n: number }>(
    handle,
    "SELECT count(*) AS n FROM sync_entries WHERE kind = 'help.call'",
  );
  expect(entries).toEqual([{ n: 1 }]);
  console.log(
    `[backoff] after the failure: ${through.pushes.passed} push(es) passed, ${through.pushes.failed} failed in all`,
  );
}, 180_000);
