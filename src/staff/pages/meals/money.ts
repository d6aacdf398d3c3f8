/** Fen to yuan for people to read, by integer arithmetic (no float ever touches money). */

/** 225 → "2.25", -5 → "-0.05", 123456 → "1234.56". */
export function yuanDigits(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${Math.trunc(abs / 100)}.${cents}`;
}
