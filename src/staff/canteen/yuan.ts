/**
 * Money as staff type it (yuan, like "3.5") and as the config stores it (whole fen, 350). The
 * text is read digit by digit, never through a float: 0.1 + 0.2 has no place near prices. Shown
 * back with `yuanDigits` (src/shared/money.ts), which this reads exactly.
 */

const YUAN = /^(\d{1,7})(?:\.(\d{0,2}))?$/;

/**
 * "3.5" → 350, "3.50" → 350, "3" → 300, "0.05" → 5, "¥ 12.30" → 1230, "3。5" → 350; null for
 * anything else (negative, more than 2 decimals, letters, empty).
 */
export function parseYuan(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '')
    // A Chinese keyboard's full stop and full-width digits mean the same to the person typing.
    .replace(/[。．]/g, '.')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  const match = YUAN.exec(cleaned);
  if (!match) return null;
  const whole = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + cents;
}
