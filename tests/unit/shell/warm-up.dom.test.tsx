/**
 * The warm-up (src/kiosk/app/warm-up.ts): what an elder's first touch after a start would pay
 * for — the browser's first AudioContext, the centre's time-zone formatter — is made while the
 * kiosk stands quiet, after the start's own seconds, and the first press then finds it made.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WARM_UP_DELAY_MS, warmUpWhenSettled } from '../../../src/kiosk/app/warm-up';
import { playClick } from '../../../src/kiosk/ui/press/click-sound';
import { centreClock } from '../../../src/shared/centre/clock';
import { FakeAudioContext } from '../support/fake-audio';

const warmed = () => performance.getEntriesByName('kiosk-warm').length > 0;

describe('warm-up', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('AudioContext', FakeAudioContext);
    FakeAudioContext.reset();
    performance.clearMarks('kiosk-warm');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('waits out the start, then makes the audio and the clock the first press will use', async () => {
    warmUpWhenSettled(() => 'Asia/Shanghai');
    await vi.advanceTimersByTimeAsync(WARM_UP_DELAY_MS - 100);
    expect(FakeAudioContext.instances).toHaveLength(0);
    expect(warmed()).toBe(false);

    await vi.advanceTimersByTimeAsync(200);
    expect(FakeAudioContext.instances).toHaveLength(1);
    expect(warmed()).toBe(true);

    // The first press plays on the context already made; the clock's formatter is kept too.
    const formatter = vi.spyOn(Intl, 'DateTimeFormat');
    playClick();
    expect(FakeAudioContext.instances).toHaveLength(1);
    expect(FakeAudioContext.instances[0]?.beeps).toHaveLength(1);
    expect(centreClock(new Date('2026-12-06T02:00:00Z'), 'Asia/Shanghai').time).toBe('10:00');
    expect(formatter).not.toHaveBeenCalled();
  });
});
