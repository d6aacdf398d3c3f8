import { act, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recentErrors } from '../../../src/kiosk/app/device';
import { ErrorBoundary } from '../../../src/kiosk/app/ErrorBoundary';
import { navigate, route, toAttract } from '../../../src/kiosk/app/router';

function Broken(): never {
  throw new Error('the menu went missing');
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    toAttract();
    navigate('about');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows the Problem screen instead of a broken page, logs it for staff, and goes home by itself', () => {
    render(
      <ErrorBoundary resetKey={route.value.key}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getAllByText('这个画面出了问题。').length).toBeGreaterThan(0);
    expect(screen.getByText(/8 秒后自动回到首页/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /回到首页/ })).toBeTruthy();
    expect(recentErrors()[0]?.message).toContain('the menu went missing');
    expect(route.value.id).toBe('about');

    act(() => {
      vi.advanceTimersByTime(3_000);
    });
    expect(screen.getByText(/5 秒后自动回到首页/)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(route.value.id).toBe('home');
  });

  it('renders its children when nothing goes wrong', () => {
    render(
      <ErrorBoundary resetKey={1}>
        <p>一切正常</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('一切正常')).toBeTruthy();
    expect(recentErrors()).toEqual([]);
  });
});
