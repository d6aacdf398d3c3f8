/**
 * The app's heartbeat for the kiosk box's watchdog (src/deploy/kiosk/nuanxin-kiosk.mjs): a
 * timestamp on the page, renewed every few seconds, that the watchdog reads through Chromium's
 * remote-debugging port on localhost. A value that stops moving (the page is not the app any
 * more, or was frozen) gets the page reloaded; no answer at all (the main thread is stuck) gets
 * Chromium restarted. Nothing leaves the machine.
 */

/** How often the page beats; the watchdog waits several beats before it acts. */
export const HEARTBEAT_MS = 5000;

declare global {
  // A global the watchdog reads by name; `var` is what puts it on globalThis.
  var nuanxinHeartbeat: number | undefined;
}

/** Starts the beat (once per page). */
export function startHeartbeat(): void {
  const beat = () => {
    globalThis.nuanxinHeartbeat = Date.now();
  };
  beat();
  setInterval(beat, HEARTBEAT_MS);
}
