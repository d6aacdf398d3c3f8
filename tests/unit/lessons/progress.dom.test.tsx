/**
 * Lesson progress at the kiosk (issue #14) over a real outbox (fake-indexeddb): an identified
 * elder's steps and finish are stored as `lesson.progress` entries with their proof, an anonymous
 * learner's never; 我的学习 on the list shows and says what is finished and the star; a lesson left
 * half-way on another kiosk is offered from the next step; offline, the kiosk says earlier
 * progress needs the connection and starts from the beginning; the session's end forgets it all.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { enrollment, offline } from '../../../src/kiosk/app/offline';
import { home, navigate, route } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { endSession } from '../../../src/kiosk/app/session';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import type { IdentifiedMember } from '../../../src/kiosk/flows/identify/member';
import { learner } from '../../../src/kiosk/flows/lessons/progress';
import { openCheckedOutbox } from '../../../src/kiosk/offline/checked-outbox';
import { saveEnrollment, useDeviceDb } from '../../../src/kiosk/offline/device-token';
import type { Offline } from '../../../src/kiosk/offline/offline';
import type { Outbox } from '../../../src/kiosk/offline/outbox';
import type { Sync } from '../../../src/kiosk/offline/sync';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import {
  type LessonProgressPayload,
  type LessonRecord,
  noProgress,
} from '../../../src/shared/lessons/progress';
import { listingOf } from '../../../src/shared/lessons/validate';
import { uuidv7 } from '../../../src/shared/sync/uuidv7';
import { demoConfig } from '../meals-flow/support';
import { startMemberSession } from '../support/member-session';
import { recordingVoice } from '../support/recording-voice';
import { tiersOf } from '../support/roster';
import { tap } from '../ui/helpers';

const LESSON = JSON.parse(readFileSync('kiosk-config/demo/lessons/big-text-wifi.json', 'utf8'));
const TARGETS = (LESSON.steps as { target: string }[]).map((s) => s.target);

const MEMBER: IdentifiedMember = {
  id: 'm1',
  name: '王建国',
  hasPin: false,
  validUntil: null,
  tiers: tiersOf(null),
  recordsAllowed: true,
};
const PROOF = { session: uuidv7(), sealed: 'AAAA' };

const record = (more: Partial<LessonRecord>): LessonRecord => ({
  ...noProgress('big-text-wifi', 8),
  lastEntry: uuidv7(),
  ...more,
});

let dbCount = 0;
let outbox: Outbox;
let said: string[] = [];
/** What the centre server answers for the learner's records; 'down' when it cannot be reached. */
let records: LessonRecord[] | 'down' = [];
let asked: unknown[] = [];

/** No server for the outbox: every save stays in it, waiting. */
function offlineOver(box: Outbox): Offline {
  return {
    outbox: box,
    sync: { kick: () => {} } as Sync,
    save: (kind, payload, options) => box.add(kind, payload, options),
    saveOnce: (key, kind, payload, options) => box.addOnce(key, kind, payload, options),
    outcome: async () => ({ status: 'saved' }),
  };
}

function Current() {
  const id = route.value.id;
  return id === 'attract' ? null : <ScreenView key={route.value.key} entry={SCREENS[id]} />;
}

// The flows load on demand in the kiosk; here they are all loaded before the first test.
beforeAll(preloadFlows);

const item = (id: string) => document.querySelector(`[data-item="${id}"]`) as HTMLElement;
const counter = () => document.querySelector('.lesson__counter')?.textContent;
const progress = async () =>
  (await outbox.pending())
    .filter((e) => e.kind === 'lesson.progress')
    .map((e) => ({ payload: e.payload as LessonProgressPayload, proof: e.proof }));
const tile = () => screen.findByRole('button', { name: /大字和无线网/ });

beforeEach(async () => {
  config.value = demoConfig();
  const voice = recordingVoice();
  said = voice.said;
  setVoice(voice.voice);
  records = [];
  asked = [];
  useDeviceDb(`lessons-device-${++dbCount}`);
  await saveEnrollment({
    kioskId: 'kiosk-2',
    token: 'device-token',
    name: '大厅 2',
    location: null,
    enrolledAt: Date.now(),
  });
  enrollment.value = {
    kioskId: 'kiosk-2',
    token: 'device-token',
    name: '大厅 2',
    location: null,
    enrolledAt: Date.now(),
  };
  outbox = await openCheckedOutbox({ kioskId: () => 'kiosk-2', dbName: `lessons-o-${dbCount}` });
  offline.value = offlineOver(outbox);
  startMemberSession(MEMBER, PROOF);
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (url.endsWith('/lessons/index.json'))
      return new Response(JSON.stringify({ version: 'v1', lessons: [listingOf(LESSON)] }));
    if (url.endsWith('/lessons/big-text-wifi.json')) return new Response(JSON.stringify(LESSON));
    if (url.endsWith('/api/kiosk/lesson-progress')) {
      asked.push({
        ...JSON.parse(String(init?.body)),
        auth: new Headers(init?.headers).get('authorization'),
      });
      if (records === 'down') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({ lessons: records }));
    }
    return new Response('{}', { status: 404 });
  });
});

/** The lesson list opened, once the test has said what the server answers. */
function openList() {
  home();
  navigate('lessons');
  render(
    <KioskUiProvider repeatIgnoreMs={0}>
      <Current />
    </KioskUiProvider>,
  );
}

afterEach(async () => {
  vi.unstubAllGlobals();
  endSession();
  offline.value = null;
  enrollment.value = null;
  await outbox.close();
});

describe('lesson progress at the kiosk', () => {
  it('shows and says 我的学习: a lesson finished with the star', async () => {
    records = [record({ completed: true, unaided: true, bestScore: 2 })];
    openList();
    const lesson = await tile();
    await waitFor(() => expect(lesson.textContent).toContain('已学完，自己做到了'));
    expect(screen.getByRole('status').textContent).toBe('我的学习：学完了 1 课，自己做到了 1 课。');
    // Said once the records are in (an effect after the render that shows them).
    await waitFor(() =>
      expect(said.at(-1)).toBe(
        '我的学习：学完了 1 课，自己做到了 1 课。 大字和无线网络：已学完，自己做到了。',
      ),
    );
    // Asked once, for this member, with this session's proof and the device token.
    expect(asked).toEqual([{ memberId: 'm1', proof: PROOF, auth: 'Bearer device-token' }]);
  });

  it('offers to go on from the next step of a lesson left half-way on another kiosk', async () => {
    records = [
      record({
        resume: { mode: 'practice', stepsDone: 3, highestHint: 1, errors: 2, seconds: 90 },
      }),
    ];
    openList();
    const lesson = await tile();
    await waitFor(() => expect(lesson.textContent).toContain('学到第 3 步'));
    tap(lesson);
    const goOn = await screen.findByRole('button', { name: /从第 4 步继续/ });
    expect(screen.getByRole('button', { name: /从头开始/ })).toBeTruthy();
    expect(said.at(-1)).toContain('您上次学到第 3 步。从第 4 步继续，还是从头开始？');
    tap(goOn);
    expect(counter()).toBe('第 4 步，共 8 步');
    tap(item(TARGETS[3] as string));
    expect(counter()).toBe('第 5 步，共 8 步');
    await waitFor(async () => expect(await progress()).toHaveLength(1));
    const [saved] = await progress();
    // The attempt carries on: its misses and time so far are kept.
    expect(saved?.payload).toMatchObject({
      memberId: 'm1',
      lessonId: 'big-text-wifi',
      mode: 'practice',
      stepsDone: 4,
      highestHint: 1,
      errors: 2,
      finished: false,
    });
    expect(saved?.payload.seconds).toBeGreaterThanOrEqual(90);
    expect(saved?.proof).toEqual(PROOF);
  });

  it('starts from the beginning when asked to, without asking again', async () => {
    records = [
      record({
        resume: { mode: 'guided', stepsDone: 5, highestHint: 2, errors: 0, seconds: 60 },
      }),
    ];
    openList();
    const lesson = await tile();
    await waitFor(() => expect(lesson.textContent).toContain('学到第 5 步'));
    tap(lesson);
    tap(await screen.findByRole('button', { name: /从头开始/ }));
    tap(await screen.findByRole('button', { name: /自己试试/ }));
    expect(counter()).toBe('第 1 步，共 8 步');
  });

  it('offline: says earlier progress needs the connection, starts from the beginning, and still records', async () => {
    records = 'down';
    openList();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('以前的学习记录要联网才能看到'),
    );
    tap(await tile());
    await screen.findByRole('button', { name: /自己试试/ });
    expect(screen.getByRole('status').textContent).toContain('这次从头开始');
    expect(said.at(-1)).toContain('以前的学习记录要联网才能看到');
    tap(screen.getByRole('button', { name: /自己试试/ }));
    for (const target of TARGETS) tap(item(target));
    await screen.findByRole('button', { name: '再学一遍' });
    await waitFor(async () => expect(await progress()).toHaveLength(8));
    const finished = (await progress()).at(-1)?.payload;
    expect(finished).toMatchObject({ stepsDone: 8, finished: true, mode: 'practice' });
    // Back on the list, this session's own finish shows though the server could not be asked.
    tap(screen.getByRole('button', { name: '选别的课' }));
    await waitFor(async () => expect((await tile()).textContent).toContain('已学完'));
  });

  it('records nothing for an anonymous learner, and offers to keep track with the card', async () => {
    session.value = { startedAt: Date.now(), staffUnlocked: false };
    openList();
    tap(await tile());
    tap(await screen.findByRole('button', { name: /自己试试/ }));
    tap(item(TARGETS[0] as string));
    expect(counter()).toBe('第 2 步，共 8 步');
    expect(await progress()).toEqual([]);
    expect(asked).toEqual([]);
    tap(screen.getByRole('button', { name: /返回|Back/ }));
    tap(await screen.findByRole('button', { name: /记录我的学习/ }));
    expect(route.value.id).toBe('identify');
  });

  it('forgets the learner’s progress when the session ends', async () => {
    records = [record({ completed: true })];
    openList();
    await waitFor(() => expect(learner.value?.earlier).toBe('ready'));
    endSession();
    expect(learner.value).toBeNull();
  });
});
