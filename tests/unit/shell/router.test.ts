import { describe, expect, it, vi } from 'vitest';
import {
  back,
  canGoBack,
  home,
  navigate,
  onNavigate,
  replace,
  route,
  toAttract,
} from '../../../src/kiosk/app/router';

describe('router', () => {
  it('starts on the attract screen and moves through a stack', () => {
    expect(route.value.id).toBe('attract');
    home();
    expect(route.value.id).toBe('home');
    expect(canGoBack.value).toBe(false);
    navigate('about');
    expect(canGoBack.value).toBe(true);
    navigate('language');
    back();
    expect(route.value.id).toBe('about');
    back();
    expect(route.value.id).toBe('home');
    back();
    expect(route.value.id).toBe('home');
  });

  it('gives every entry a new key, so a prompt replays when a screen is entered again', () => {
    home();
    navigate('about');
    const first = route.value.key;
    back();
    navigate('about');
    expect(route.value.key).not.toBe(first);
  });

  it('replace swaps the top screen (the PIN screen is not returned to)', () => {
    home();
    navigate('staff-pin');
    replace('staff');
    back();
    expect(route.value.id).toBe('home');
  });

  it('tells listeners of every move, so speech stops on navigation', () => {
    const seen = vi.fn();
    const off = onNavigate((to) => seen(to.id));
    home();
    navigate('emergency');
    toAttract();
    off();
    home();
    expect(seen.mock.calls.map((c) => c[0])).toEqual(['home', 'emergency', 'attract']);
  });
});
