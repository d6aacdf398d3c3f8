/**
 * The kiosk's staff way in (issue #11): a kiosk that is not enrolled asks only for the enrollment
 * code (no staff PIN, whose hash it no longer has); an enrolled one asks the staff PIN and takes
 * the centre server's word for it — right, wrong, locked, or no connection.
 */
import { render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStaffEntry } from '../../../src/kiosk/app/frame/staff-entry';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { enrollment } from '../../../src/kiosk/app/offline';
import { route, toAttract } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import { checkStaffPin, pinOutcome, tokenRefused } from '../../../src/kiosk/flows/staff/staff-pin';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import { createVoice } from '../../../src/kiosk/voice';
import { demoConfig } from '../meals-flow/support';
import { tap } from '../ui/helpers';

vi.mock('../../../src/kiosk/flows/staff/staff-pin', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/kiosk/flows/staff/staff-pin')>()),
  checkStaffPin: vi.fn(),
}));
const askServer = vi.mocked(checkStaffPin);

function Current() {
  const id = route.value.id;
  return id === 'attract' ? null : <ScreenView entry={SCREENS[id]} />;
}

// The flows load on demand in the kiosk; here they are all in before the first screen.
beforeAll(preloadFlows);

const button = (name: string | RegExp) => screen.getByRole('button', { name });

function openStaffEntry(): void {
  const entry = useStaffEntry();
  for (let i = 0; i < 5; i++) entry.onPointerUp();
  render(
    <KioskUiProvider repeatIgnoreMs={0}>
      <Current />
    </KioskUiProvider>,
  );
}

async function enterPin(pin: string): Promise<void> {
  for (const d of pin) tap(button(d));
  tap(button('进入'));
  await vi.waitFor(() => expect(askServer).toHaveBeenCalled());
}

beforeEach(() => {
  config.value = demoConfig();
  // A real voice with no speech engine (captions only): the staff screen describes its status.
  setVoice(
    createVoice(demoConfig().kiosk.voice, {
      speechSynthesis: null,
      SpeechSynthesisUtterance: null,
    }),
  );
  toAttract();
  askServer.mockReset();
});

afterEach(() => {
  session.value = null;
  enrollment.value = null;
  tokenRefused.value = false;
});

describe('a kiosk that is not enrolled', () => {
  it('asks only for the enrollment code, with no staff PIN screen in between', async () => {
    // The demo config as kiosks are now served it: no staff PIN hash to check against.
    const c = demoConfig();
    const { staff: _stored, ...served } = c.kiosk;
    config.value = { ...c, kiosk: served };
    openStaffEntry();
    expect(route.value.id).toBe('staff-enroll');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('登记这台机器');
    expect(screen.getByRole('group', { name: /8 位登记码/ })).toBeTruthy();
    expect(screen.queryByText(/工作人员密码/)).toBeNull();
    expect(askServer).not.toHaveBeenCalled();
  });
});

describe('an enrolled kiosk', () => {
  beforeEach(() => {
    enrollment.value = {
      kioskId: 'k1',
      token: 'device-token',
      name: '大厅 1',
      location: null,
      enrolledAt: 0,
    };
  });

  it('opens the staff screen when the server says the PIN is right', async () => {
    askServer.mockResolvedValue({ kind: 'right' });
    openStaffEntry();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('工作人员登录');
    await enterPin('2468');
    expect(askServer).toHaveBeenCalledWith('2468');
    await vi.waitFor(() => expect(route.value.id).toBe('staff'));
    expect(session.value?.staffUnlocked).toBe(true);
  });

  it.each([
    [{ kind: 'wrong' } as const, '密码不对，请再试一次。'],
    [{ kind: 'locked', minutes: 15 } as const, '密码试错太多次，请 15 分钟后再试。'],
    [{ kind: 'offline' } as const, /工作人员设置要联网才能进入/],
  ])('stays on the PIN screen and says why: %o', async (outcome, words) => {
    askServer.mockResolvedValue(outcome);
    openStaffEntry();
    await enterPin('1357');
    await screen.findByRole('group', { name: words });
    expect(route.value.id).toBe('staff-pin');
    expect(session.value?.staffUnlocked ?? false).toBe(false);
  });

  it('goes to the enrollment code when the server no longer knows the kiosk', async () => {
    askServer.mockImplementation(async () => {
      tokenRefused.value = true; // as the real check does on a 401
      return { kind: 'unenrolled' };
    });
    openStaffEntry();
    await enterPin('2468');
    await vi.waitFor(() => expect(route.value.id).toBe('staff-enroll'));
    await screen.findByRole('group', { name: /8 位登记码/ });
  });
});

describe('the server’s answer to a PIN', () => {
  it('is read as right, wrong, locked (minutes from Retry-After), no connection or not enrolled', () => {
    expect(pinOutcome({ ok: true, status: 204, body: undefined })).toEqual({ kind: 'right' });
    const refused = { ok: false as const, kind: 'refused' as const, message: '' };
    expect(pinOutcome({ ...refused, status: 403, code: 'staff_pin_wrong' })).toEqual({
      kind: 'wrong',
    });
    expect(
      pinOutcome({
        ...refused,
        status: 429,
        code: 'too_many_attempts',
        retryAfterMs: 14.2 * 60_000,
      }),
    ).toEqual({ kind: 'locked', minutes: 15 });
    expect(pinOutcome({ ok: false, kind: 'offline', message: 'Failed to fetch' })).toEqual({
      kind: 'offline',
    });
    expect(pinOutcome({ ok: false, kind: 'unenrolled', status: 401, message: '' })).toEqual({
      kind: 'unenrolled',
    });
  });
});
