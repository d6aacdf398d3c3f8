/**
 * Wrong member PINs, per card (by hash, never the number). After `PIN_TRIES` wrong tries the
 * elder is kindly asked to find staff, and that card's PIN waits a minute: long enough to stop
 * guessing, short enough that it is never a lock-out.
 */

export const PIN_TRIES = 3;
export const PIN_PAUSE_MS = 60_000;

const tries = new Map<string, { wrong: number; pausedUntil: number }>();

/** Whether this card's PIN is resting after too many wrong tries. */
export function pinPaused(hash: string, now: number): boolean {
  return (tries.get(hash)?.pausedUntil ?? 0) > now;
}

/** Count a wrong PIN; returns the tries left (0: paused, ask staff). */
export function pinWrong(hash: string, now: number): number {
  if (pinPaused(hash, now)) return 0;
  const wrong = (tries.get(hash)?.wrong ?? 0) + 1;
  if (wrong >= PIN_TRIES) {
    tries.set(hash, { wrong: 0, pausedUntil: now + PIN_PAUSE_MS });
    return 0;
  }
  tries.set(hash, { wrong, pausedUntil: 0 });
  return PIN_TRIES - wrong;
}

/** The right PIN: start counting afresh. */
export function pinRight(hash: string): void {
  tries.delete(hash);
}

/** For tests: forget every count. */
export function resetPinTries(): void {
  tries.clear();
}
