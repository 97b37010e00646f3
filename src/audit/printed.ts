// A number as the document printed it: exact value plus the decimals it claims, for interval comparisons.
import { big } from '../arith/bignum.ts';
import { readNumber } from '../normalize/numbers.ts';
import type { Printed } from '../arith/rounding.ts';

/** Units and marks a score, weight, rate or amount cell may carry after its number. */
const TRAILING_UNIT = /(?:%|分|万元|亿元|元)$/u;

/**
 * The printed value of a cell: from its raw text when that reads as a number (so "10.00" keeps two decimals),
 * else from the normalized number; null when neither is there.
 */
export function printed(raw: string | null | undefined, value: number | null | undefined): Printed | null {
  const reading = readNumber(raw, { stripUnit: TRAILING_UNIT });
  if (reading) return { value: big(reading.text), decimals: reading.decimals };
  if (value == null || !Number.isFinite(value)) return null;
  const v = big(String(value));
  return { value: v, decimals: v.decimalPlaces() };
}

/** A rate in percent: the raw cell may print it as a fraction (0.9867 in a percent-formatted cell). */
export function printedPercent(raw: string | null | undefined, value: number | null | undefined): Printed | null {
  const p = printed(raw, value);
  if (!p || value == null || raw == null || /%/u.test(raw)) return p;
  const asPercent = p.value.times(100);
  // The raw fraction times 100 is the normalized percent: two of its decimals were percent digits.
  return asPercent.eq(big(String(value))) && !p.value.eq(asPercent) ? { value: asPercent, decimals: Math.max(0, p.decimals - 2) } : p;
}

/** The text of a number for messages: no exponent, no trailing zeros beyond what was computed. */
export const show = (v: Printed['value']): string => v.toFixed();
