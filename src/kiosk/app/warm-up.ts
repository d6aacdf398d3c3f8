/**
 * Costs an elder's first touch after a start would otherwise pay, paid while the kiosk stands
 * quiet instead. Measured on the first tap after a start (attract → home, unthrottled): 300 ms
 * of handlers, of which the browser's first AudioContext (the click sound) took 86 ms and the
 * first formatter for the centre's time zone (the header's clock) 36 ms; several times that on a
 * slow box. Each is made once and kept, so the press and the clock find them ready; with the
 * browser's audio started, the Emergency alarm's own context starts at once too (so this runs
 * even where the centre has turned the click off).
 *
 * Not during the start's own seconds: the first screen's work has the main thread then, and a
 * touch in them must not wait behind this. Each piece runs in an idle moment of its own.
 */
import { centreClock } from '../../shared/centre/clock';
import { warmClickSound } from '../ui/press/click-sound';
import { idleMoment } from './idle-moment';

/** How long after the first paint the warm-up waits before looking for an idle moment. */
export const WARM_UP_DELAY_MS = 5000;

export function warmUpWhenSettled(timeZone: () => string): void {
  setTimeout(async () => {
    await idleMoment(WARM_UP_DELAY_MS);
    warmClickSound();
    await idleMoment(WARM_UP_DELAY_MS);
    centreClock(new Date(), timeZone());
    // The benchmark times touches on a settled kiosk from here (`settled` in tests/bench/support/poll.ts).
    performance.mark('kiosk-warm');
  }, WARM_UP_DELAY_MS);
}
