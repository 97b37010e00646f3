// Whether a self-evaluation's 实际完成值 meets its 年度指标值: exact decimal comparison, numbers only.
import type { BigNumber } from '../arith/bignum.ts';
import type { IndicatorValue } from '../model/index.ts';
import { big } from '../arith/bignum.ts';

/** Units written differently that mean the same (full-width %, 百分比). */
const UNIT_ALIASES: Readonly<Record<string, string>> = { '%': '%', 百分比: '%' };

const unitKey = (unit: string | null): string | null => {
  if (unit == null) return null;
  const u = unit.normalize('NFKC').replace(/\s+/g, '');
  return u === '' ? null : (UNIT_ALIASES[u] ?? u);
};

const ONE = big(1);
/** An equals sign the target prints itself (=6次), as against the '=' read into a bare figure. */
const PRINTED_EQUALS = /[=＝]/u;

/** A bare number up to 1 against a percent above 1 (0.95 against ≥90%): a fraction or a tiny percent, unknowable. */
function fractionAgainstPercent(unit: string | null, n: BigNumber, otherUnit: string | null, other: BigNumber): boolean {
  return unit === '%' && otherUnit === null && n.gt(ONE) && other.abs().lte(ONE);
}

/**
 * True when the actual value satisfies the target's comparison (≥90% against 88% → false), false when it
 * does not, null when either is not a number, the target has no comparison, the units disagree, a bare
 * fraction stands against a percent, or a target printed without a sign is passed or missed.
 */
export function targetMet(target: IndicatorValue, actual: IndicatorValue | null): boolean | null {
  if (!actual || target.number == null || actual.number == null || target.op == null) return null;
  const [tu, au] = [unitKey(target.unit), unitKey(actual.unit)];
  if (tu !== null && au !== null && tu !== au) return null;
  const a = big(String(actual.number));
  const t = big(String(target.number));
  if (fractionAgainstPercent(tu, t, au, a) || fractionAgainstPercent(au, a, tu, t)) return null;
  switch (target.op) {
    case '≥':
      return a.gte(t);
    case '>':
      return a.gt(t);
    case '≤':
      return a.lte(t);
    case '<':
      return a.lt(t);
    case '=':
      // A target printed without a sign (95%) says neither "at least" nor "at most": only reaching it exactly is
      // known to meet it; any other actual is unjudged, not unmet.
      return a.eq(t) ? true : PRINTED_EQUALS.test(target.raw ?? '') ? false : null;
  }
}
