// One restricted mathjs instance: BigNumber arithmetic, so 2145*3500*12*0.1 is exactly 9009000.
import { all, create, type BigNumber, type MathJsInstance } from 'mathjs';

const math: MathJsInstance = create(all, { number: 'BigNumber', precision: 64 });

/** Exact decimal from a printed number string. */
export const big = (s: string | number): BigNumber => math.bignumber(s);

const ARITHMETIC_ONLY = /^[\d.+\-*/()\s]+$/;

/** Evaluate an arithmetic expression exactly; null unless it is plain arithmetic giving a BigNumber. */
export function evaluateExact(expression: string): BigNumber | null {
  // Units are on by default in mathjs ("12 kg"), so anything but digits and operators is refused first.
  if (!ARITHMETIC_ONLY.test(expression)) return null;
  try {
    const v: unknown = math.evaluate(expression);
    return math.isBigNumber(v) && v.isFinite() ? (v as BigNumber) : null;
  } catch {
    return null;
  }
}

export { math };
