/**
 * The meal flow, for the kiosk bench: how many taps and screens from the attract screen to
 * "订好了", and how long each screen change takes, in real Chromium against the real centre
 * server with the demo members and the demo canteen (lunch served every day, so tomorrow's lunch
 * is open whatever day and hour the bench runs — see canteen-config.ts).
 *
 * The kiosk is enrolled through its staff screen, as staff would. Then 李秀英 (card 10001, no PIN)
 * books tomorrow's lunch for the first time (no "same as last time" yet) and comes back: her usual
 * meal is offered first, for the next lunch (tomorrow's is booked; a cancelled meal would never be
 * offered as the usual one). Each timed tap is a real touch
 * (support/touch.ts); a card is "read" the way a USB reader types it (a burst of keys in the page,
 * as tests/e2e/kiosk/kiosk-helpers.ts does).
 *
 * For every screen change two times are taken from the trigger (the tap's pointerup, or the
 * card's Enter): to the app's `screen-change` mark (set in the first animation frame after the
 * router changed screen, i.e. the frame that paints it) and to the first animation frame in which
 * the new screen shows what the elder needs next (its heading and the button to tap — on the
 * greeting screen that waits for the member's meals, on the saved screen for the server's answer).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { enrollFromStaffEntry } from '../../e2e/kiosk/kiosk-helpers';
import { launchKiosk } from '../../e2e/support/browser';
import { enrollmentCode } from '../../e2e/support/centre-admin';
import { type ServerHandle, startServer } from '../../e2e/support/server';
import { canteenConfigDir } from './canteen-config';
import { pollPage, settled } from './poll';
import { touch } from './touch';

const CARD = '10001';
const NAME = '李秀英';
/** An elder's pace between taps, and past the kiosk's 600 ms repeat window. */
const BETWEEN_TAPS_MS = 700;

/** Installed before any page script: the timestamp of every pointerup. */
const FLOW_PROBE = `
(() => {
  const meal = (window.__meal = { ups: [], watch: null });
  document.addEventListener('pointerup', (e) => meal.ups.push(e.timeStamp), { capture: true });
})();
`;

interface Step {
  name: string;
  /** The button to touch (accessible name), or… */
  tap?: RegExp;
  /** …the card to read. */
  card?: string;
  /** The next screen is ready when a heading matches and (if given) a button's text does. */
  heading: RegExp;
  button?: RegExp;
  timeoutMs?: number;
}

export interface StepTiming {
  step: string;
  trigger: 'tap' | 'card';
  /** The screen the router changed to (the mark's detail). */
  screen: string | null;
  /** Trigger → the `screen-change` mark (the frame painting the new screen). */
  screenMs: number | null;
  /** Trigger → the first frame showing the heading and the button the elder needs next. */
  readyMs: number;
}

export interface FlowRun {
  flow: string;
  taps: number;
  /** Screens shown from attract to saved, both included. */
  screens: number;
  screenIds: string[];
  steps: StepTiming[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Watch, frame by frame, for the next screen's heading and button; remember when they show. */
async function startWatch(page: Page, step: Step): Promise<void> {
  await page.evaluate(`(() => {
    const meal = window.__meal;
    const heading = new RegExp(${JSON.stringify(step.heading.source)});
    const button = ${step.button ? `new RegExp(${JSON.stringify(step.button.source)})` : 'null'};
    const watch = (meal.watch = { at: null });
    const text = (el) => (el.textContent || '').replace(/\\s+/g, ' ').trim();
    const tick = () => {
      if (meal.watch !== watch) return;
      const headings = [...document.querySelectorAll('h1, h2, h3, [role=heading]')].map(text);
      const buttons = [...document.querySelectorAll('button, [role=button]')].map(text);
      if (headings.some((h) => heading.test(h)) && (!button || buttons.some((b) => button.test(b)))) {
        watch.at = performance.now();
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

/** What a USB card reader does: the number and Enter as a burst of keys; returns when (page time). */
function readCard(page: Page, card: string): Promise<number> {
  const keys = JSON.stringify([...card, 'Enter']);
  return page.evaluate(`(() => {
    const at = performance.now();
    const target = document.activeElement || document.body;
    for (const key of ${keys})
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    return at;
  })()`) as Promise<number>;
}

/** When (page time) the watched screen first showed, waiting up to `timeoutMs`. */
const waitForReady = (page: Page, timeoutMs: number) =>
  pollPage<number>(page, 'window.__meal.watch.at', timeoutMs);

interface Mark {
  t: number;
  id: string | null;
}
const screenMarks = (page: Page) =>
  page.evaluate(
    `performance.getEntriesByName('screen-change', 'mark').map((m) => ({ t: m.startTime, id: m.detail ?? null }))`,
  ) as Promise<Mark[]>;

/** From a freshly loaded attract screen to the last step's screen, timing every change. */
async function runFlow(page: Page, flow: string, steps: Step[]): Promise<FlowRun> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();
    // Let the start-up settle (the first pull, the warm-up of src/kiosk/app/warm-up.ts) before
    // timing, as when an elder walks up to a kiosk standing on its attract screen.
    await settled(page);
    const marksAtStart = (await screenMarks(page)).length;
    const timings: StepTiming[] = [];
    let taps = 0;
    for (const step of steps) {
      await startWatch(page, step);
      // BENCH_PROFILE_STEP="card → greeting" writes that step's CPU profile (open it in DevTools).
      const profiling = process.env.BENCH_PROFILE_STEP === step.name;
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      let from: number;
      if (step.tap) {
        const upsBefore = (await page.evaluate('window.__meal.ups.length')) as number;
        await touch(cdp, page, page.getByRole('button', { name: step.tap }).first());
        taps++;
        from = await pollPage<number>(page, `window.__meal.ups[${upsBefore}] ?? null`, 5000);
      } else {
        from = await readCard(page, step.card as string);
      }
      const readyAt = await waitForReady(page, step.timeoutMs ?? 10_000).catch((error) => {
        throw new Error(`${flow}: "${step.name}" never showed ${step.heading}: ${error}`);
      });
      if (profiling) {
        const { profile } = await cdp.send('Profiler.stop');
        const file = `${tmpdir()}/nuanxin-step.cpuprofile`;
        writeFileSync(file, JSON.stringify(profile));
        console.log(`bench: the CPU profile of "${step.name}" (${flow}) is in ${file}`);
      }
      const change = (await screenMarks(page)).find((m) => m.t > from);
      timings.push({
        step: step.name,
        trigger: step.tap ? 'tap' : 'card',
        screen: change?.id ?? null,
        screenMs: change ? round(change.t - from) : null,
        readyMs: round(readyAt - from),
      });
      await page.waitForTimeout(BETWEEN_TAPS_MS);
    }
    const screenIds = [
      'attract',
      ...(await screenMarks(page)).slice(marksAtStart).map((m) => m.id ?? '?'),
    ];
    return { flow, taps, screens: screenIds.length, screenIds, steps: timings };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const attractToHome: Step[] = [
  { name: 'attract → home', tap: /请触摸屏幕开始/, heading: /您想做什么/, button: /^订餐/ },
  { name: '订餐 → card', tap: /^订餐/, heading: /^请刷卡或输入卡号$/ },
];

/** 李秀英's first booking: tomorrow's lunch, the steamed egg, eaten here. */
const FIRST_BOOKING: Step[] = [
  ...attractToHome,
  { name: 'card → greeting', card: CARD, heading: new RegExp(`^${NAME}，您好$`), button: /^订餐/ },
  { name: '订餐 → day', tap: /^订餐/, heading: /^订哪一天、哪一餐？$/, button: /明天午餐/ },
  {
    name: 'day → menu',
    tap: /明天午餐/,
    heading: /明天午餐：选一份饭菜/,
    button: /鸡蛋羹软饭套餐/,
  },
  { name: 'menu → where', tap: /鸡蛋羹软饭套餐/, heading: /^在哪里吃？$/, button: /堂食/ },
  { name: 'where → confirm', tap: /堂食/, heading: /^是这样订吗？$/, button: /^是/ },
  { name: '是 → 订好了', tap: /^是$/, heading: /^订好了$/, timeoutMs: 30_000 },
];

/** The same elder back again: "same as last time" first. */
const USUAL_MEAL: Step[] = [
  ...attractToHome,
  {
    name: 'card → greeting with the usual meal',
    card: CARD,
    heading: new RegExp(`^${NAME}，您好$`),
    button: /和上次一样.*鸡蛋羹软饭套餐/,
    timeoutMs: 30_000,
  },
  {
    name: 'usual → confirm',
    tap: /和上次一样.*鸡蛋羹软饭套餐/,
    heading: /^是这样订吗？$/,
    button: /^是/,
  },
  { name: '是 → 订好了', tap: /^是$/, heading: /^订好了$/, timeoutMs: 30_000 },
];

/**
 * Enroll as staff do on a new kiosk: its staff way in asks only for the enrollment code (issue
 * #11: no staff PIN before the server knows the kiosk); then wait until the roster of 12 is in.
 */
async function enroll(page: Page, server: ServerHandle): Promise<void> {
  await page.getByRole('button', { name: /请触摸屏幕开始/ }).tap();
  await page
    .getByRole('heading', { name: /您想做什么/ })
    .first()
    .waitFor();
  await enrollFromStaffEntry(page, await enrollmentCode(server, '食堂 bench'));
  await page
    .getByText(/名单刚刚更新，共 12 人/)
    .first()
    .waitFor({ timeout: 30_000 });
}

export interface MealFlowResult {
  first: FlowRun;
  usual: FlowRun;
  pageErrors: string[];
}

export async function measureMealFlow(
  distDir: string,
  chromePath: string,
): Promise<MealFlowResult> {
  const canteen = canteenConfigDir();
  const server = await startServer({ distDir, configDir: canteen.dir });
  const kiosk = await launchKiosk({
    orientation: 'landscape',
    executablePath: chromePath,
    baseURL: server.url,
  });
  try {
    await kiosk.context.addInitScript({ content: FLOW_PROBE });
    const { page } = kiosk;
    await kiosk.goto('/');
    await enroll(page, server);

    await kiosk.goto('/');
    const first = await runFlow(page, 'first booking', FIRST_BOOKING);
    await kiosk.goto('/');
    const usual = await runFlow(page, 'usual meal', USUAL_MEAL);
    return { first, usual, pageErrors: kiosk.takeProblems().pageErrors };
  } finally {
    await kiosk.close();
    await server.stopAndRemoveData();
    canteen.remove();
  }
}
