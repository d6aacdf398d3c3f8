/**
 * Emergency on the attract screen and over the idle warning: a target of its own beside the big
 * start button (pressing it opens the countdown, not a session on the home screen), and outside
 * the idle warning's dialog, so the warning never covers it (its place above the backdrop is
 * checked in the browser test, where the CSS applies).
 */
import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeaderBar } from '../../../src/kiosk/app/frame/HeaderBar';
import { IdleWarning } from '../../../src/kiosk/app/IdleWarning';
import { createIdleTimer } from '../../../src/kiosk/app/idle';
import { route, toAttract } from '../../../src/kiosk/app/router';
import { config } from '../../../src/kiosk/app/state';
import { AttractScreen } from '../../../src/kiosk/flows/attract/AttractScreen';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import { demoConfig } from '../meals-flow/support';
import { tap } from '../ui/helpers';

afterEach(() => {
  vi.useRealTimers();
  toAttract();
});

describe('Emergency on the attract screen', () => {
  it('is a button of its own, apart from "touch to start", and opens the countdown', () => {
    config.value = demoConfig();
    toAttract();
    const onStart = vi.fn();
    render(
      <KioskUiProvider repeatIgnoreMs={0}>
        <AttractScreen onStart={onStart} />
      </KioskUiProvider>,
    );
    const emergency = screen.getByRole('button', { name: '紧急呼叫' });
    const start = screen.getByRole('button', { name: '请触摸屏幕开始' });
    expect(start.contains(emergency)).toBe(false);
    expect(emergency.contains(start)).toBe(false);
    tap(emergency);
    expect(route.value.id).toBe('emergency');
    expect(onStart).not.toHaveBeenCalled();
  });
});

describe('Emergency during the idle warning', () => {
  it('stays outside the dialog, and a tap on it goes to the countdown', async () => {
    vi.useFakeTimers();
    config.value = demoConfig();
    const idle = createIdleTimer({
      timeoutSeconds: 30,
      warningSeconds: 10,
      onWarn: () => undefined,
      onTimeout: () => undefined,
    });
    idle.touch();
    render(
      <KioskUiProvider repeatIgnoreMs={0}>
        <HeaderBar />
        <IdleWarning idle={idle} />
      </KioskUiProvider>,
    );
    await act(async () => void vi.advanceTimersByTime(21_000));
    const dialog = screen.getByRole('alertdialog');
    const emergency = screen.getByRole('button', { name: '紧急呼叫' });
    expect(dialog.contains(emergency)).toBe(false);
    tap(emergency);
    expect(route.value.id).toBe('emergency');
    idle.stop();
  });
});
