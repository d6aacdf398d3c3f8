/**
 * The identify screen in jsdom over a real replica (fake-indexeddb): a card read by the
 * keyboard-wedge reader or typed on the keypad (found by its keyed hash), the member's PIN as the
 * server answers it (right, wrong, locked, no connection — the server's side is tested in
 * tests/server/members/identify.test.ts), a membership that ended, a card nobody has, and a kiosk
 * with no roster yet.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replica } from '../../../src/kiosk/app/pull';
import { back, navigate, route, toAttract } from '../../../src/kiosk/app/router';
import { endSession, startSession } from '../../../src/kiosk/app/session';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import type { PinCheck } from '../../../src/kiosk/flows/identify/check-pin';
import { IdentifyScreen } from '../../../src/kiosk/flows/identify/IdentifyScreen';
import { identifiedMember, identify } from '../../../src/kiosk/flows/identify/identify';
import { openReplicaStore, type ReplicaStore } from '../../../src/kiosk/offline/pull-store';
import { KIOSK_REPLICA_TYPES } from '../../../src/kiosk/offline/roster';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import { validateConfigFiles } from '../../../src/shared/config/validate';
import type { RosterMember } from '../../../src/shared/members/roster';
import { validateChange } from '../../../src/shared/sync/pull';
import { recordingVoice } from '../support/recording-voice';
import { cardKeyChange, rosterMember, tiersOf } from '../support/roster';
import { tap } from '../ui/helpers';

/** The demo centre's config, as the kiosk validates it at start. */
function demoConfig() {
  const dir = 'kiosk-config/demo';
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')]),
  );
  const result = validateConfigFiles({ version: 'test', files });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

/** What the server answers the PIN checks of a test, in order (none left: no connection). */
const server = vi.hoisted(() => ({
  answers: [] as PinCheck[],
  asked: [] as { card: string; pin: string }[],
  /** Holds each answer until released, to see the screen while the server is being asked. */
  gate: null as Promise<void> | null,
}));
vi.mock('../../../src/kiosk/flows/identify/check-pin', () => ({
  checkPinOnServer: async (card: string, pin: string): Promise<PinCheck> => {
    server.asked.push({ card, pin });
    if (server.gate) await server.gate;
    return server.answers.shift() ?? { result: 'offline' };
  },
}));

let dbCount = 0;
let store: ReplicaStore;
let spoken: string[];

/** A replica holding the test roster, as a finished pull leaves it. */
async function loadRoster(): Promise<ReplicaStore> {
  const opened = await openReplicaStore({
    types: KIOSK_REPLICA_TYPES,
    dbName: `identify-test-${++dbCount}`,
  });
  const members: [string, RosterMember][] = [
    ['m1', await rosterMember('10001', '李秀英', { validUntil: null })],
    ['m2', await rosterMember('10002', '王建国', { hasPin: true })],
    ['m5', await rosterMember('10005', '赵大爷', { validUntil: '2020-06-30' })],
  ];
  const checks = [
    validateChange(cardKeyChange(), KIOSK_REPLICA_TYPES.registry),
    ...members.map(([key, data]) =>
      validateChange({ type: 'member', key, op: 'put', data }, KIOSK_REPLICA_TYPES.registry),
    ),
  ];
  expect(checks.every((c) => c.status === 'ok')).toBe(true);
  await opened.applyPage({ from: null, cursor: '3', more: false, checks });
  return opened;
}

function show(speak: (text: string) => void = () => {}) {
  return render(
    // No repeat window: these tests tap quickly on purpose.
    <KioskUiProvider repeatIgnoreMs={0} speak={speak}>
      <IdentifyScreen />
    </KioskUiProvider>,
  );
}

/** What a card reader sends: the number in a burst, then Enter. */
function readCard(number: string) {
  for (const key of number) fireEvent.keyDown(document.body, { key });
  fireEvent.keyDown(document.body, { key: 'Enter' });
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
/** The screen's own Call staff button (the header has one on every screen too). */
const callStaffInBody = () =>
  within(document.querySelector('.screen__body') as HTMLElement).getByRole('button', {
    name: '呼叫工作人员',
  });
function typeOnKeypad(digits: string) {
  for (const d of digits) tap(button(d));
}

beforeEach(async () => {
  config.value = demoConfig();
  const fake = recordingVoice();
  setVoice(fake.voice);
  spoken = fake.said;
  server.answers = [];
  server.asked = [];
  server.gate = null;
  toAttract();
  session.value = { startedAt: Date.now(), staffUnlocked: false };
  store = await loadRoster();
  replica.value = store;
});

afterEach(async () => {
  replica.value = null;
  session.value = null;
  await store.close();
});

describe('the identify screen', () => {
  it('reads a card from the reader, greets the member by name, and goes on to the job', async () => {
    identify({ next: 'about' });
    expect(route.value.id).toBe('identify');
    show();
    expect(screen.getByRole('heading', { level: 1, name: '请刷卡或输入卡号' })).toBeTruthy();
    readCard('10001');
    // The file's first keyed hash also loads Web Crypto's PBKDF2: slow on a busy machine.
    await screen.findByRole('heading', { name: '李秀英，您好' }, { timeout: 5000 });
    expect(spoken.at(-1)).toBe('李秀英，您好');
    // Kept in the session for the job, without the card key; no PIN, so their records open.
    expect(identifiedMember.value).toEqual({
      id: 'm1',
      name: '李秀英',
      hasPin: false,
      validUntil: null,
      tiers: tiersOf(null),
      recordsAllowed: true,
    });
    expect(server.asked).toEqual([]);
    tap(button('继续'));
    expect(route.value.id).toBe('about');
    expect(session.value?.identify).toBeUndefined();

    // Known now: the next job that asks goes straight on, and the idle timeout forgets them.
    identify({ next: 'activities' });
    expect(route.value.id).toBe('activities');
    endSession();
    expect(identifiedMember.value).toBeNull();
  });

  it('goes straight on to a job that greets the member itself', async () => {
    identify({ next: 'about', greetedByJob: true });
    show();
    readCard('10001');
    await waitFor(() => expect(route.value.id).toBe('about'));
    expect(identifiedMember.value?.name).toBe('李秀英');
    expect(screen.queryByRole('heading', { name: '李秀英，您好' })).toBeNull();
  });

  it('keeps the Enter that ends a card read from the button the elder touched last', async () => {
    const keySpeech = vi.fn();
    show(keySpeech);
    const five = button('5');
    five.focus();
    expect(document.activeElement).toBe(five);
    fireEvent.keyDown(five, { key: 'Enter' }); // A person's Enter still presses it…
    expect(keySpeech).toHaveBeenCalledTimes(1);
    for (const key of '10001') fireEvent.keyDown(five, { key });
    fireEvent.keyDown(five, { key: 'Enter' }); // …the reader's does not.
    expect(keySpeech).toHaveBeenCalledTimes(1);
    await screen.findByRole('heading', { name: '李秀英，您好' });
  });

  it('hears a card read in the same moment the screen appears, before anything has painted', async () => {
    identify({ next: 'about' });
    // Preact's own render, not testing-library's (whose act() runs every effect at once): effects
    // wait for the next paint here, as in a browser, and the read arrives before that paint.
    const container = document.body.appendChild(document.createElement('div'));
    preactRender(
      <KioskUiProvider repeatIgnoreMs={0} speak={() => {}}>
        <IdentifyScreen />
      </KioskUiProvider>,
      container,
    );
    readCard('10001');
    try {
      await waitFor(() => expect(identifiedMember.value?.name).toBe('李秀英'));
    } finally {
      preactRender(null, container);
      container.remove();
    }
  });

  it('hears a card read while the screen is still opening, and only on that visit to it', async () => {
    identify({ next: 'about' });
    expect(route.value.id).toBe('identify');
    readCard('10001'); // Tapped before the screen has drawn at all.
    show();
    await screen.findByRole('heading', { name: '李秀英，您好' });
    endSession();

    // A read on another screen is not kept for the next person who opens the identify screen.
    startSession();
    readCard('10001');
    identify({ next: 'about' });
    show();
    expect(screen.getByRole('heading', { level: 1, name: '请刷卡或输入卡号' })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(identifiedMember.value).toBeNull();
  });

  it('says it is looking while the card’s slow keyed hash is worked out, then greets', async () => {
    identify({ next: 'about' });
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The centre's card key is read first; hold it, as a slow hash would hold the screen.
    replica.value = {
      ...store,
      get: async (type, key) => {
        await gate;
        return store.get(type, key);
      },
    };
    show();
    readCard('10001');
    await screen.findByRole('group', { name: '正在查找您的卡……' });
    release();
    await screen.findByRole('heading', { name: '李秀英，您好' });
  });

  it('takes a card number typed on the keypad', async () => {
    identify({ next: 'about' });
    show();
    typeOnKeypad('10001');
    // Only the last 4 show on a shared screen.
    const readout = document.querySelector('.keypad__readout')?.textContent ?? '';
    expect(readout.startsWith('●')).toBe(true);
    expect(readout.endsWith('0001')).toBe(true);
    expect(readout).not.toContain('10001');
    tap(button('确定'));
    await screen.findByRole('heading', { name: '李秀英，您好' });
  });

  it('says kindly when what was typed is not a card number, and waits for another', async () => {
    show();
    typeOnKeypad('12');
    tap(button('确定'));
    await screen.findByRole('group', { name: /没有认出卡号/ });
    expect(spoken.at(-1)).toMatch(/没有认出卡号/);
    readCard('10001');
    await screen.findByRole('heading', { name: '李秀英，您好' });
  });

  it('asks for the PIN of a member who has one, masked, has the server check it, and greets them', async () => {
    identify({ next: 'about' });
    show();
    readCard('1000 2');
    await screen.findByRole('heading', { level: 1, name: '请输入密码' });
    expect(spoken.at(-1)).toBe('请输入您的 4 位密码。');
    typeOnKeypad('1234');
    // The digits never reach the page, not even for screen readers.
    const readout = document.querySelector('.keypad__readout')?.textContent ?? '';
    expect(readout).not.toMatch(/\d{2}/);
    expect(screen.getByText('●●●●')).toBeTruthy();
    // Another card while the PIN is asked for changes nothing.
    readCard('10001');
    expect(screen.getByRole('heading', { level: 1, name: '请输入密码' })).toBeTruthy();
    // While the server is asked, the keypad says so.
    let release = () => {};
    server.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.answers = [{ result: 'ok', memberId: 'm2' }];
    tap(button('确定'));
    await screen.findByRole('group', { name: '正在核对密码……' });
    release();
    await screen.findByRole('heading', { name: '王建国，您好' });
    // The normalized card and the PIN went to the server; nothing was checked here.
    expect(server.asked).toEqual([{ card: '10002', pin: '1234' }]);
    expect(identifiedMember.value).toMatchObject({ id: 'm2', hasPin: true, recordsAllowed: true });
  });

  it('says how many tries are left as the server counts them, then that the PIN is locked', async () => {
    show();
    readCard('10002');
    await screen.findByRole('heading', { level: 1, name: '请输入密码' });
    server.answers = [
      { result: 'wrong-pin', triesLeft: 4 },
      { result: 'wrong-pin', triesLeft: 1 },
      { result: 'locked', until: '2026-11-24T08:15:00.000Z' },
    ];
    typeOnKeypad('9876');
    tap(button('确定'));
    await screen.findByRole('group', { name: '密码不对。还可以再试 4 次。' });
    expect(spoken.at(-1)).toBe('密码不对。还可以再试 4 次。');
    typeOnKeypad('1111');
    tap(button('确定'));
    await screen.findByRole('group', { name: '密码不对。还可以再试 1 次。' });
    typeOnKeypad('2222');
    tap(button('确定'));
    await screen.findByRole('heading', { name: '密码没有对上' });
    expect(screen.getByText('没关系，请找工作人员帮忙，或者过 15 分钟再试。')).toBeTruthy();
    expect(spoken.at(-1)).toMatch(/请找工作人员帮忙/);
    expect(identifiedMember.value).toBeNull();
    expect(server.asked.map((a) => a.pin)).toEqual(['9876', '1111', '2222']);
    tap(callStaffInBody());
    expect(route.value.id).toBe('call-staff');
  });

  it('without a connection, lets a PIN member go on with the card alone, records closed', async () => {
    identify({ next: 'about' });
    show();
    readCard('10002');
    await screen.findByRole('heading', { level: 1, name: '请输入密码' });
    typeOnKeypad('1234');
    tap(button('确定')); // No answer from the server.
    await screen.findByRole('heading', { name: '现在连不上网络，密码暂时核对不了' });
    expect(spoken.at(-1)).toMatch(/您可以订餐，也可以找人帮忙/);
    expect(identifiedMember.value).toBeNull();
    tap(button('继续'));
    await screen.findByRole('heading', { name: '王建国，您好' });
    expect(identifiedMember.value).toMatchObject({ id: 'm2', recordsAllowed: false });
  });

  it('says a card the server no longer knows is not found, even if this roster still has it', async () => {
    show();
    readCard('10002');
    await screen.findByRole('heading', { level: 1, name: '请输入密码' });
    server.answers = [{ result: 'unknown-card' }];
    typeOnKeypad('1234');
    tap(button('确定'));
    await screen.findByRole('heading', { name: '没有找到这张卡' });
    expect(identifiedMember.value).toBeNull();
  });

  it('tells a member whose membership ended the date, and that staff can renew it', async () => {
    identify({ next: 'about' });
    show();
    readCard('10005');
    await screen.findByRole('heading', { name: '赵大爷，您好' });
    expect(screen.getByText('您的会员资格在 2020年6月30日 到期了。')).toBeTruthy();
    expect(screen.getByText('工作人员可以帮您续办，很快就好。')).toBeTruthy();
    expect(spoken.at(-1)).toBe(
      '赵大爷，您好。您的会员资格在 2020年6月30日 到期了。工作人员可以帮您续办，很快就好。',
    );
    expect(screen.queryByRole('alert')).toBeNull(); // Told, not refused.
    expect(identifiedMember.value).toBeNull();
    expect(callStaffInBody()).toBeTruthy();
  });

  it('says when a card is not found, offers staff, and lets the elder try again', async () => {
    show();
    readCard('55555555');
    await screen.findByRole('heading', { name: '没有找到这张卡' });
    expect(screen.getByText('请找工作人员帮忙。')).toBeTruthy();
    expect(spoken.at(-1)).toBe('没有找到这张卡。请找工作人员帮忙。');
    expect(callStaffInBody()).toBeTruthy();
    tap(button('再试一次'));
    expect(screen.getByRole('group', { name: '会员卡号' })).toBeTruthy();
    // A card can also simply be tapped again from the "not found" screen.
    fireEvent.keyDown(document.body, { key: 'Enter' });
    readCard('10001');
    await screen.findByRole('heading', { name: '李秀英，您好' });
  });

  it('asks for staff when this kiosk has never received a roster', async () => {
    const empty = await openReplicaStore({
      types: KIOSK_REPLICA_TYPES,
      dbName: `identify-empty-${++dbCount}`,
    });
    replica.value = empty;
    show();
    readCard('10001');
    await screen.findByRole('heading', { name: '这台机器还没有会员名单' });
    expect(spoken.at(-1)).toBe('这台机器还没有会员名单。请找工作人员帮忙。');
    await empty.close();
  });

  it("staff's test card: the same flow, nobody kept in the session, Done goes back to staff", async () => {
    navigate('staff');
    identify({ next: 'staff', test: true });
    show();
    expect(screen.getByRole('heading', { level: 1, name: '试刷卡' })).toBeTruthy();
    readCard('10001');
    await screen.findByRole('heading', { name: '李秀英，您好' });
    expect(screen.getByText('这张卡可以用。')).toBeTruthy();
    expect(identifiedMember.value).toBeNull();
    tap(button('完成'));
    expect(route.value.id).toBe('staff');
    back(); // Back from the staff screen leaves it, rather than showing a second copy of it.
    expect(route.value.id).toBe('attract');
  });

  it('speaks and shows in the language the elder chose', async () => {
    const { setLanguage } = await import('../../../src/i18n');
    setLanguage('en');
    show();
    readCard('10005');
    await screen.findByRole('heading', { name: 'Hello, 赵大爷' });
    expect(screen.getByText('Your membership ended on June 30, 2020.')).toBeTruthy();
  });
});
