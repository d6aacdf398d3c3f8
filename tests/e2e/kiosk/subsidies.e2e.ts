/**
 * "我能领什么？" (issue #13): from the home tile to a spoken answer in at most 5 taps, without a
 * card, in all three languages, each state checked at 1× on the way. How every state looks at
 * 1.6× in both orientations and languages is the layout walk's (layout.e2e.ts); the taps and the
 * spoken answer do not depend on the orientation, so they are walked in landscape only.
 * Screenshots: kiosk-subsidies-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk, type Orientation, type TextSize } from '../support/browser';
import { checkScreen, exactName, startSession, tapButton } from './kiosk-helpers';

const baseURL = inject('baseURL');
const executablePath = inject('chromiumPath');
const ORIENTATIONS: Orientation[] = ['landscape'];
const SIZES: TextSize[] = [1];

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name: exactName(name) }).waitFor();
/**
 * A stand-in for the browser's voices that records every sentence the kiosk speaks (headless
 * Chromium has no voice installed), each "spoken" in a moment.
 */
const RECORD_SPEECH = `(() => {
  const spoken = [];
  window.__spoken = spoken;
  const voice = (lang) => ({ name: 'Test ' + lang, lang, voiceURI: 'test-' + lang, localService: true, default: false });
  const voices = [voice('zh-CN'), voice('zh-HK'), voice('en-GB')];
  const synth = {
    getVoices: () => voices,
    speak(u) { spoken.push(u.text); setTimeout(() => u.onend && u.onend(new Event('end')), 5); },
    cancel() {}, pause() {}, resume() {},
    addEventListener() {}, removeEventListener() {},
    speaking: false, pending: false, paused: false,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  // The real utterance takes only the browser's own voice objects.
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
})();`;

/** Everything spoken since the last call, without the i18n audit's invisible markers. */
async function spoken(page: Page): Promise<string> {
  const text = (await page.evaluate("window.__spoken.join('')")) as string;
  return text.replace(/[\u2063\u2064]/g, '');
}
const forgetSpoken = (page: Page) => page.evaluate('window.__spoken.length = 0');

/** Waits until the whole answer has been said (its last words), then returns all of it. */
async function answerSaid(page: Page, lastWords: string): Promise<string> {
  await expect.poll(() => spoken(page), { timeout: 30_000 }).toContain(lastWords);
  return spoken(page);
}

/** Taps from the home tile on, counted as an elder makes them. */
function counter(page: Page) {
  let taps = 0;
  return {
    tap: async (name: string) => {
      taps++;
      await tapButton(page, name);
    },
    get taps() {
      return taps;
    },
  };
}

describe.each(ORIENTATIONS)('the anonymous subsidy check, %s', (orientation) => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    kiosk = await launchKiosk({ orientation, baseURL, executablePath });
    await kiosk.context.addInitScript(RECORD_SPEECH);
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  test.each(SIZES)(
    'five taps from the tile to the spoken answer, every state checked at %s×',
    async (size) => {
      const { page } = kiosk;
      await kiosk.goto('/', { 'i18n-audit': 1 });
      await startSession(kiosk, size);
      const elder = counter(page);

      await elder.tap('查补贴');
      await heading(page, '您今年多大年纪？');
      // The bands come from the rules: the youngest merge so 不知道 fits in six choices.
      for (const band of [
        '未满 80 岁',
        '80 到 84 岁',
        '85 到 89 岁',
        '90 到 99 岁',
        '100 岁以上',
        '不知道',
      ])
        await page.getByRole('button', { name: exactName(band) }).waitFor();
      await checkScreen(kiosk, 'subsidies-age', size, true);

      await elder.tap('80 到 84 岁');
      await heading(page, '您是本地户籍吗？');
      await checkScreen(kiosk, 'subsidies-local', size, true);

      await elder.tap('是');
      await heading(page, '您是低保或特困吗？');
      await checkScreen(kiosk, 'subsidies-category', size, true);

      await elder.tap('低保');
      await heading(page, '您的失能等级是？');
      await checkScreen(kiosk, 'subsidies-disability', size, true);

      await forgetSpoken(page);
      await elder.tap('中度失能');
      await heading(page, '您可能可以领的补贴');
      expect(elder.taps).toBeLessThanOrEqual(5);
      // Spoken: each programme, its amount, when, what to bring and where to go.
      const words = await answerSaid(page, '在本中心食堂用餐时刷会员卡');
      expect(words).toContain('按您的回答，可能可以领 5 项。');
      for (const part of [
        '高龄津贴，每月 50 元',
        '养老服务补贴，每月 100 元',
        '失能护理补贴，每月 100 元',
        '适老化改造补助，一次性，最多 5000 元',
        '助餐补贴，每餐补 12 元，每月最多 22 餐',
        '要带：身份证、户口簿、本人银行卡',
        '1、4、7、10月15日发',
      ])
        expect(words).toContain(part);
      // Disabled persons' care needs a severe grade: not listed for a moderate one.
      expect(words).not.toContain('残疾人护理补贴');
      await checkScreen(kiosk, 'subsidies-answer', size, true);
      await tapButton(page, '首页');
      await heading(page, '您想做什么？');
    },
  );

  test('younger than 80 and not sure of the rest: when the allowance starts, and what it depends on', async () => {
    const { page } = kiosk;
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await startSession(kiosk, 1);
    await tapButton(page, '查补贴');
    await tapButton(page, '未满 80 岁');
    await tapButton(page, '不知道');
    await heading(page, '您是低保或特困吗？');
    await tapButton(page, '不知道');
    await heading(page, '您的失能等级是？');
    await forgetSpoken(page);
    await tapButton(page, '不知道');
    await heading(page, '您可能可以领的补贴');
    const words = await answerSaid(page, '在本中心食堂用餐时刷会员卡');
    expect(words).toContain('高龄津贴，每月 50 元。满 80 周岁的下个月起可以领');
    expect(words).toContain('要看是不是本地户籍');
    expect(words).toContain('每餐补 2 到 12 元');
    await checkScreen(kiosk, 'subsidies-answer-unsure', 1, true);
  });

  test('in Traditional Chinese and English too', async () => {
    const { page } = kiosk;
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await startSession(kiosk, 1);
    await tapButton(page, '语言');
    await tapButton(page, /繁體中文/);
    await heading(page, '您想做甚麼？');
    const hant = counter(page);
    await hant.tap('查補貼');
    await hant.tap('90 到 99 歲');
    await hant.tap('是');
    await hant.tap('都不是');
    await forgetSpoken(page);
    await hant.tap('沒有失能');
    await heading(page, '您可能可以領的補貼');
    expect(hant.taps).toBe(5);
    expect(await answerSaid(page, '在本中心食堂用餐時刷會員卡')).toContain('高齡津貼，每月 200 元');
    await checkScreen(kiosk, 'subsidies-answer-zh-hant', 1, true);

    await tapButton(page, '語言');
    await tapButton(page, /English/);
    await tapButton(page, 'Home');
    const en = counter(page);
    await en.tap('Check subsidies');
    await heading(page, 'How old are you?');
    await en.tap('100 or older');
    await en.tap('Yes');
    await en.tap('Neither');
    await forgetSpoken(page);
    await en.tap('Not disabled');
    await heading(page, 'Subsidies you may get');
    expect(en.taps).toBe(5);
    const words = await answerSaid(
      page,
      "Tap your member card when you eat at the centre's canteen",
    );
    expect(words).toContain('Old-age allowance: ¥600 a month');
    expect(words).toContain('Meal subsidy: ¥12 off each meal');
    await checkScreen(kiosk, 'subsidies-answer-en', 1, true);
  });
});
