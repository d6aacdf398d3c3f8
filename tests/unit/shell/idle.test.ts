import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from '../../../src/kiosk/app/idle';

describe('idle timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = () => {
    const onWarn = vi.fn();
    const onTimeout = vi.fn();
    const idle = createIdleTimer({ timeoutSeconds: 90, warningSeconds: 20, onWarn, onTimeout });
    return { idle, onWarn, onTimeout };
  };

  it('warns 20 s before the timeout, counts down, then times out', () => {
    const { idle, onWarn, onTimeout } = make();
    idle.touch();
    vi.advanceTimersByTime(69_999);
    expect(onWarn).not.toHaveBeenCalled();
    expect(idle.phase.value).toBe('active');
    vi.advanceTimersByTime(1);
    expect(onWarn).toHaveBeenCalledOnce();
    expect(idle.phase.value).toBe('warning');
    expect(idle.secondsLeft.value).toBe(20);
    vi.advanceTimersByTime(5_000);
    expect(idle.secondsLeft.value).toBe(15);
    vi.advanceTimersByTime(14_999);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onTimeout).toHaveBeenCalledOnce();
    expect(idle.phase.value).toBe('off');
  });

  it('"I need more time" during the warning starts the full count again, as often as asked', () => {
    const { idle, onWarn, onTimeout } = make();
    idle.touch();
    for (let i = 0; i < 15; i++) {
      vi.advanceTimersByTime(85_000);
      expect(idle.phase.value).toBe('warning');
      idle.touch();
      expect(idle.phase.value).toBe('active');
    }
    expect(onWarn).toHaveBeenCalledTimes(15);
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('stops counting on the attract screen', () => {
    const { idle, onWarn, onTimeout } = make();
    idle.touch();
    idle.stop();
    vi.advanceTimersByTime(200_000);
    expect(onWarn).not.toHaveBeenCalled();
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('takes a new timeout from a new config', () => {
    const { idle, onWarn } = make();
    idle.configure(120, 30);
    idle.touch();
    vi.advanceTimersByTime(89_999);
    expect(onWarn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onWarn).toHaveBeenCalledOnce();
  });
});
