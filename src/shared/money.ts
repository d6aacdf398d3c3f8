/**
 * Money for people to read: integer fen in, yuan text out, by integer arithmetic only (no float
 * ever touches money). The one formatter for kiosk, console and server; new flows use it too.
 */

function parts(fen: number): { sign: string; whole: number; cents: number } {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const abs = Math.abs(fen);
  return { sign: fen < 0 ? '-' : '', whole: Math.trunc(abs / 100), cents: abs % 100 };
}

/** Always two decimals, as tables, reports and money boxes show it: 225 → "2.25", 1500 → "15.00", -5 → "-0.05". */
export function yuanDigits(fen: number): string {
  const { sign, whole, cents } = parts(fen);
  return `${sign}${whole}.${String(cents).padStart(2, '0')}`;
}

/** Whole yuan without decimals, as the kiosk shows and says a price: 1500 → "15", 1210 → "12.10". */
export function yuanShort(fen: number): string {
  const { sign, whole, cents } = parts(fen);
  return cents === 0 ? `${sign}${whole}` : yuanDigits(fen);
}
