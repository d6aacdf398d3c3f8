/**
 * A session ends when the elder is done, in real Chromium against the real centre server and its
 * demo members: a second person at the kiosk can never act as the first. After elder A's request
 * is sent and she taps 完成, the next person's 订餐 and 我的请求 ask for a card and her name is
 * nowhere; while she is known, every screen says whose session it is, and 我用完了 ends it at
 * once. How each state looks (axe, layout, i18n audit at every size, both orientations) is the layout
 * walk's job: layout.e2e.ts.
 */

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk, type Orientation } from '../support/browser';
import { type ServerHandle, startServer } from '../support/server';
import {
  enrollThroughStaffScreen,
  exactName,
  readCard,
  startSession,
  tapButton,
} from './kiosk-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');
/** Elder A: 李秀英, card 10001 (no PIN). */
const A = { card: '10001', name: '李秀英' };

let kiosk: Kiosk | undefined;
let server: ServerHandle | undefined;
afterEach(async () => {
  await kiosk?.close();
  await server?.stopAndRemoveData();
  kiosk = undefined;
  server = undefined;
});

/** Words built from several translated pieces: allow the audit's markers between characters. */
function loose(words: string): RegExp {
  const any = '[\\u2063\\u2064]*';
  return new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(any));
}

const heading = (page: Page, name: string | RegExp, timeout?: number) =>
  page
    .getByRole('heading', { name: typeof name === 'string' ? exactName(name) : name })
    .first()
    .waitFor(timeout ? { timeout } : {});

/** The bar that says whose session it is. */
const sessionBar = (page: Page) => page.locator('[data-testid="session-bar"]');

/** Everything on the page a person could read or hear: the text, and the caption. */
const pageText = async (page: Page) => (await page.locator('body').textContent()) ?? '';

/** Enroll through the staff screen and wait for the roster. */
async function enrolledKiosk(orientation: Orientation): Promise<Kiosk> {
  server = await startServer({ distDir });
  const k = await launchKiosk({ orientation, baseURL: server.url, executablePath });
  kiosk = k;
  await enrollThroughStaffScreen(k, server, '大厅 1');
  return k;
}

/** The next person walks up: the kiosk is wherever A left it; they try her jobs. */
async function secondPersonIsAskedForACard(page: Page): Promise<void> {
  expect(await pageText(page)).not.toContain(A.name);
  expect(await sessionBar(page).count()).toBe(0);
  await tapButton(page, '订餐');
  await heading(page, '请刷卡或输入卡号');
  expect(await pageText(page)).not.toContain(A.name);
  expect(await sessionBar(page).count()).toBe(0);
  // Back leads home, never into her meals.
  await tapButton(page, '返回');
  await heading(page, '您想做什么？');
  expect(await page.getByRole('button', { name: exactName('返回') }).isDisabled()).toBe(true);
  await tapButton(page, '呼叫帮助');
  await heading(page, '您需要什么帮助？');
  await tapButton(page, '我的请求');
  await heading(page, '请刷卡或输入卡号');
  expect(await pageText(page)).not.toContain(A.name);
}

describe('a second person at the kiosk can never act as the first', () => {
  test('after A’s request is sent and she taps 完成, the next person is asked for a card', async () => {
    const k = await enrolledKiosk('landscape');
    const { page } = k;
    await k.goto('/', { 'i18n-audit': 1 });
    await startSession(k, 1);

    // A asks for cleaning tomorrow at home, with her card.
    await tapButton(page, '呼叫帮助');
    await heading(page, '您需要什么帮助？');
    await tapButton(page, '助洁打扫');
    await tapButton(page, '明天');
    await tapButton(page, '到我家里');
    await heading(page, '请刷卡或输入卡号');
    await readCard(page, A.card);
    await heading(page, '请确认');
    await tapButton(page, '是，发送');
    await heading(page, '请求已送到', 15_000);

    // Done: home, and nothing of hers on it.
    await tapButton(page, '完成');
    await heading(page, '您想做什么？');
    await secondPersonIsAskedForACard(page);
    k.expectNoProblems('a finished task ends the session');
  });

  test('A taps 我用完了: the attract screen, and the next person is asked for a card', async () => {
    const k = await enrolledKiosk('landscape');
    const { page } = k;
    await k.goto('/', { 'i18n-audit': 1 });
    await startSession(k, 1);
    await tapButton(page, '订餐');
    await heading(page, '请刷卡或输入卡号');
    await readCard(page, A.card);
    await heading(page, `${A.name}，您好`);
    await sessionBar(page)
      .getByText(loose(`${A.name} 正在使用`))
      .waitFor();
    // On every screen while she is known: the shell's own screens too.
    await tapButton(page, '首页');
    await heading(page, '您想做什么？');
    await sessionBar(page)
      .getByText(loose(`${A.name} 正在使用`))
      .waitFor();

    await tapButton(page, '我用完了');
    await page.getByRole('button', { name: exactName('请触摸屏幕开始') }).waitFor();
    expect(await pageText(page)).not.toContain(A.name);

    await startSession(k, 1);
    expect(await pageText(page)).not.toContain(A.name);
    await secondPersonIsAskedForACard(page);
    k.expectNoProblems('我用完了 ends the session');
  });
});
