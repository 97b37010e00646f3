// The one rounding rule, used by every stage that judges a value (formulas in cells, sheet formulas, content totals):
// Arelle's way (XBRL calculations 1.1), a printed value is an interval given its decimals; two values disagree only
// when their intervals cannot meet. No fixed epsilon anywhere.
import type { BigNumber } from './bignum.ts';
import { big } from './bignum.ts';
import { decimalsOf } from './printed.ts';

/** A printed value: the number and how many decimals the document printed. */
export type Printed = { value: BigNumber; decimals: number };

/** Half a unit in the last printed place: the rounding the printed value may hide. */
export const halfUlp = (decimals: number): BigNumber => big(5).times(big(10).pow(-(decimals + 1)));

/** ok when equal, rounded when the intervals meet, mismatch otherwise. */
export function compareIntervals(a: Printed, b: Printed): 'ok' | 'rounded' | 'mismatch' {
  if (a.value.eq(b.value)) return 'ok';
  const slack = halfUlp(a.decimals).plus(halfUlp(b.decimals));
  return a.value.minus(b.value).abs().lte(slack) ? 'rounded' : 'mismatch';
}

/** A printed number string as a Printed value: its exact value and the decimals it was printed with. */
export const printed = (text: string): Printed => ({ value: big(text), decimals: decimalsOf(text) });

/** An exact computed value against a printed one: only the printed side has an interval. */
export function compareExact(computed: BigNumber, stated: Printed): 'ok' | 'rounded' | 'mismatch' {
  if (computed.eq(stated.value)) return 'ok';
  return computed.minus(stated.value).abs().lte(halfUlp(stated.decimals)) ? 'rounded' : 'mismatch';
}

/** The sum of printed values is printed to the coarsest of their precisions in the worst case: add the slacks. */
export function sumPrinted(values: Printed[]): { value: BigNumber; slack: BigNumber } {
  return values.reduce((acc, v) => ({ value: acc.value.plus(v.value), slack: acc.slack.plus(halfUlp(v.decimals)) }), { value: big(0), slack: big(0) });
}
