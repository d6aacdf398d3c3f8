/**
 * i18next's set-up at the kiosk's start (src/i18n/index.ts: `warmUp`): set up, words added and a
 * first translation made, each step in a task of its own, so that none holds a touch on a slow
 * box; and a translation asked for between the steps still finds every word registered.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { words as zhHans } from '../../../src/i18n/first-load/zh-Hans';

/** A fresh copy of the i18n module: the one the setup file registered every area in is set up. */
async function freshI18n() {
  vi.resetModules();
  return import('../../../src/i18n');
}

/** A `next` whose tasks the test starts by hand. */
function steps() {
  const waiting: (() => void)[] = [];
  return {
    next: () => new Promise<void>((resolve) => waiting.push(resolve)),
    count: () => waiting.length,
    async go() {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('warming i18next up in steps', () => {
  beforeEach(() => vi.resetModules());

  it('takes a task for each step, and translates afterwards', async () => {
    const i18n = await freshI18n();
    i18n.registerLanguage('zh-Hans', zhHans);
    const task = steps();
    let done = false;
    void i18n.warmUp(task.next).then(() => (done = true));
    await Promise.resolve();
    expect(task.count()).toBe(1);
    await task.go();
    expect(task.count()).toBe(1);
    expect(done).toBe(false);
    await task.go();
    expect(done).toBe(true);
    expect(i18n.t('shell.attract.touch')).toBe(zhHans.shell?.attract?.touch);
  });

  it('a translation between the steps adds every word registered so far, in order', async () => {
    const i18n = await freshI18n();
    i18n.registerLanguage('zh-Hans', zhHans);
    const task = steps();
    void i18n.warmUp(task.next);
    await Promise.resolve();
    // Set up, its words not yet added: a word registered now waits behind them.
    i18n.registerLanguage('zh-Hans', { shell: { attract: { touch: '现在的字' } } } as never);
    expect(i18n.t('shell.attract.touch')).toBe('现在的字');
    expect(i18n.t('shell.attract.spoken')).toBe(zhHans.shell?.attract?.spoken);
    await task.go();
    await task.go();
    expect(i18n.t('shell.attract.touch')).toBe('现在的字');
  });

  it('words registered once it is warm are added at once', async () => {
    const i18n = await freshI18n();
    const task = steps();
    void i18n.warmUp(task.next);
    await task.go();
    await task.go();
    i18n.registerLanguage('en', { shell: { attract: { touch: 'Touch to start' } } } as never);
    i18n.setLanguage('en');
    expect(i18n.t('shell.attract.touch')).toBe('Touch to start');
  });
});
