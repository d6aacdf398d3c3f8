/** Money on the kiosk: integer fen in, yuan text out, with no float arithmetic on the way. */

/** "15", "2.25", "0.75", "12.10": yuan from whole fen (whole yuan without decimals). */
export function yuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not whole fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(cents).padStart(2, '0')}`;
}
