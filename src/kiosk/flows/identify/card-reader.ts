/**
 * A card reader "types" like a keyboard: the card's number in a fast burst, then Enter. This
 * listens on the whole page (no text field to focus), so a card can be tapped at any moment the
 * identify screen is waiting for one. A gap longer than a reader ever leaves starts a new burst,
 * so a stray key earlier never sticks to the front of the next card.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { route } from '../../app/router';

/** Readers send a character every few milliseconds; people cannot type this fast. */
export const READER_MAX_GAP_MS = 100;
/** Longer than any card number with separators (ID numbers are 18). */
const MAX_BURST = 64;

/** One key as the reader sends it; `true` from `key` when the Enter ended a card. */
export interface CardReader {
  key(event: Pick<KeyboardEvent, 'key'>): boolean;
  reset(): void;
}

/** Collect keys into card reads; `onCard` gets the raw text (normalize it before use). */
export function createCardReader(
  onCard: (raw: string) => void,
  now: () => number = () => performance.now(),
  maxGapMs = READER_MAX_GAP_MS,
): CardReader {
  let buffer = '';
  let last = Number.NEGATIVE_INFINITY;
  return {
    key({ key }) {
      const at = now();
      const fresh = at - last <= maxGapMs;
      last = at;
      if (key === 'Enter') {
        const raw = fresh ? buffer : '';
        buffer = '';
        if (raw === '') return false;
        onCard(raw);
        return true;
      }
      // Letters (an ID number's X), digits and the separators some cards print.
      if (key.length !== 1 || !/[0-9A-Za-z\- ]/.test(key)) return false;
      buffer = fresh && buffer.length < MAX_BURST ? buffer + key : key;
      return false;
    },
    reset() {
      buffer = '';
      last = Number.NEGATIVE_INFINITY;
    },
  };
}

/**
 * Who is waiting for a card: the identify screen registers itself while it is drawn. `active`
 * is read at the moment a key arrives (a PIN being typed is no time for a card).
 */
interface Consumer {
  onCard: (raw: string) => void;
  active: () => boolean;
}

let consumer: Consumer | null = null;
/** A read that came while the identify screen was opening but not yet drawn (see below). */
let pending: { raw: string; routeKey: number } | null = null;
let installed = false;

/**
 * Listen for card reads on the whole page from boot, before any screen draws. A listener added by
 * the identify screen itself would start only after the screen has painted (a Preact effect), so
 * a card tapped in the first moments — an elder who taps 订餐 and then the card at once, or a busy
 * kiosk that paints late — was lost. Reads while the identify screen is the current route but has
 * not registered yet are held and handed to it as it draws; reads on any other screen are dropped.
 * The Enter that ends a read is kept from the focused button (the last key the elder touched),
 * which would otherwise press it. Safe to call more than once.
 */
export function installCardReader(doc: Document = document): void {
  if (installed) return;
  installed = true;
  const reader = createCardReader((raw) => {
    if (consumer) consumer.onCard(raw);
    else pending = { raw, routeKey: route.value.key };
  });
  doc.addEventListener(
    'keydown',
    (event: KeyboardEvent) => {
      const waiting = consumer ? consumer.active() : route.value.id === 'identify';
      if (!waiting) {
        reader.reset();
        return;
      }
      if (reader.key(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    { capture: true },
  );
}

/**
 * The identify screen's end of the reader: `onCard` gets each read while `active`. Registered in
 * a layout effect, which Preact runs in the same task that puts the screen into the page, so no
 * key can arrive between the screen appearing and it listening; a read held from before then is
 * delivered at once if it was made on this same visit to the screen.
 */
export function useCardReader(onCard: (raw: string) => void, active: boolean): void {
  // Reading the latest props: a card tapped just as the screen changes phase is neither lost nor
  // sent to a stale handler.
  const latest = useRef({ onCard, active });
  latest.current = { onCard, active };
  useLayoutEffect(() => {
    installCardReader();
    const mine: Consumer = {
      onCard: (raw) => latest.current.onCard(raw),
      active: () => latest.current.active,
    };
    consumer = mine;
    const held = pending;
    pending = null;
    if (held && held.routeKey === route.value.key && mine.active()) mine.onCard(held.raw);
    return () => {
      if (consumer === mine) consumer = null;
    };
  }, []);
}
