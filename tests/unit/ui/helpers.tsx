/** Shared helpers for the kit's DOM tests. */
import { fireEvent } from '@testing-library/preact';

/** A whole tap: finger down and up inside the element (jsdom lays nothing out, so give it a box). */
export function tap(el: Element): void {
  el.getBoundingClientRect = () => new DOMRect(0, 0, 200, 100);
  fireEvent.pointerDown(el, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
  fireEvent.pointerUp(el, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
}

/** Text that i18next returns for a missing key, e.g. "kit.keypad.delete". */
export const RAW_KEY = /\b(kit|shell|voice|about|config|staff)\.[a-z][\w-]*/;
