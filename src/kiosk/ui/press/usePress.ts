/**
 * Touch discipline for every target (elder-ux "touching" and "feedback"): act on release inside
 * the target, ignore a repeat of the same target within the configured window, show the pressed
 * state in the same frame, and let Enter/Space act too.
 */
import type { TargetedKeyboardEvent, TargetedMouseEvent, TargetedPointerEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { type AcceptedPress, useKioskUiInternal } from '../context';
import { playClick } from './click-sound';

/** Options of usePress. */
export interface PressOptions {
  /** Repeat-rejection id: presses of the same id within the window count once. */
  id: string;
  disabled?: boolean | undefined;
}

/** Props to spread on the target element. */
export interface PressProps {
  onPointerDown: (e: TargetedPointerEvent<HTMLElement>) => void;
  onPointerUp: (e: TargetedPointerEvent<HTMLElement>) => void;
  onPointerLeave: (e: TargetedPointerEvent<HTMLElement>) => void;
  onPointerCancel: (e: TargetedPointerEvent<HTMLElement>) => void;
  onKeyDown: (e: TargetedKeyboardEvent<HTMLElement>) => void;
  onKeyUp: (e: TargetedKeyboardEvent<HTMLElement>) => void;
  onClick: (e: TargetedMouseEvent<HTMLElement>) => void;
  onContextMenu: (e: TargetedMouseEvent<HTMLElement>) => void;
}

const PRESSED = 'data-pressed';

function inside(el: HTMLElement, x: number, y: number): boolean {
  const r = el.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

/**
 * The second touch of a double tap on a screen the first touch opened: within the window after a
 * press whose own target has since left the page (the press opened another screen or step), or
 * that now stands for another target (a button re-labelled in place), no other target acts. A
 * trembling "是，发送" would otherwise also press the "好的" that appears under the same finger,
 * skipping what the elder was meant to read. Targets on an unchanged screen (a keypad's 6-7-6)
 * are unaffected.
 */
function openedByLastPress(
  prev: AcceptedPress | null,
  el: Element,
  id: string,
  now: number,
  windowMs: number,
): boolean {
  if (!prev || now - prev.at >= windowMs) return false;
  if (prev.el === el) return prev.id !== id;
  return !prev.el.isConnected;
}

/** Returns props that make an element a kiosk target calling `onPress` once per real press. */
export function usePress(onPress: () => void, { id, disabled = false }: PressOptions): PressProps {
  const ui = useKioskUiInternal();
  const pointer = useRef<number | null>(null);
  const spaceDown = useRef(false);
  const target = useRef<HTMLElement | null>(null);
  // The latest callback and settings, so handlers never act on stale props.
  const latest = useRef({ onPress, id, disabled, ui });
  latest.current = { onPress, id, disabled, ui };

  const release = () => {
    pointer.current = null;
    target.current?.removeAttribute(PRESSED);
  };

  useEffect(() => {
    if (disabled) release();
  }, [disabled]);

  const activate = (el: Element) => {
    const { onPress, id, disabled, ui } = latest.current;
    if (disabled) return;
    const now = performance.now();
    const last = ui.lastPressAt.get(id);
    // EN 301 549 5.9: a repeat within the window after an accepted press is a tremor, not intent.
    if (last !== undefined && now - last < ui.repeatIgnoreMs) return;
    if (openedByLastPress(ui.lastAccepted.current, el, id, now, ui.repeatIgnoreMs)) return;
    // Only a repeat of the target just pressed is a tremor: another key between (typing 6-7-6)
    // is intent, so an accepted press forgets every other target's window.
    ui.lastPressAt.clear();
    ui.lastPressAt.set(id, now);
    ui.lastAccepted.current = { at: now, el, id };
    if (ui.clickSound) playClick();
    onPress();
  };

  return {
    onPointerDown(e) {
      latest.current.ui.onTouch();
      if (latest.current.disabled || (e.pointerType === 'mouse' && e.button !== 0)) return;
      const el = e.currentTarget;
      // Touch pointers are captured by the target implicitly, which would hide the finger
      // sliding off it; release so leaving the target cancels, as the elder expects.
      if (el.hasPointerCapture?.(e.pointerId)) el.releasePointerCapture(e.pointerId);
      target.current = el;
      pointer.current = e.pointerId;
      // Set on the element directly, not via state, so it shows in this frame.
      el.setAttribute(PRESSED, '');
    },
    onPointerUp(e) {
      const wasPressed = pointer.current === e.pointerId;
      release();
      if (!wasPressed || !inside(e.currentTarget, e.clientX, e.clientY)) return;
      activate(e.currentTarget);
    },
    onPointerLeave: release,
    onPointerCancel: release,
    onKeyDown(e) {
      if (e.key === 'Enter') {
        // Prevent the native click so the press counts once.
        e.preventDefault();
        if (!e.repeat) activate(e.currentTarget);
      } else if (e.key === ' ') {
        e.preventDefault();
        spaceDown.current = true;
      }
    },
    onKeyUp(e) {
      if (e.key !== ' ' || !spaceDown.current) return;
      e.preventDefault();
      spaceDown.current = false;
      activate(e.currentTarget);
    },
    onClick(e) {
      // Pointer clicks (detail ≥ 1) were handled on release; a click with detail 0 comes from
      // assistive technology or a script, and must work too.
      if (e.detail === 0) activate(e.currentTarget);
    },
    onContextMenu(e) {
      // A long press must not open a menu on a kiosk.
      e.preventDefault();
    },
  };
}
