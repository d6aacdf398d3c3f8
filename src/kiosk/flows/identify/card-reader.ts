/**
 * A card reader "types" like a keyboard: the card's number in a fast burst, then Enter. This
 * listens on the whole page (no text field to focus), so a card can be tapped at any moment the
 * identify screen is waiting for one. A gap longer than a reader ever leaves starts a new burst,
 * so a stray key earlier never sticks to the front of the next card.
 */
import { useEffect, useRef } from 'preact/hooks';

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
 * Listen for card reads on the page while `active`. The Enter that ends a read is kept from the
 * focused button (the last key the elder touched), which would otherwise press it.
 */
export function useCardReader(onCard: (raw: string) => void, active: boolean): void {
  // Listening for the screen's whole life, reading the latest props: a card tapped just as the
  // screen changes phase is neither lost nor sent to a stale handler.
  const latest = useRef({ onCard, active });
  latest.current = { onCard, active };
  useEffect(() => {
    const reader = createCardReader((raw) => latest.current.onCard(raw));
    const onKey = (event: KeyboardEvent) => {
      if (!latest.current.active) {
        reader.reset();
        return;
      }
      if (reader.key(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener('keydown', onKey, { capture: true });
    return () => document.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
