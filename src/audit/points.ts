// Points of a form (分值/权重 and 得分): the indicators' column, the funds block's, and the printed totals.
// Whether a total covers the funds block too (template G: funds 10 + indicators 90 = 总分 100) is decided
// from the numbers: the sum with and without the block are both tried.
// Points are assigned, not measured: a whole number of points (分值 10, 得分 8) is exact, and only a value
// printed with decimals (33.33, 9.87 = 98.67% × 10) may hide rounding, half a unit of its last digit. Treating
// "5" as 4.5–5.5 would let sixteen 5-point rows be off by 8 and still pass as rounded.
import type { BigNumber } from '../arith/bignum.ts';
import type { DisclosureRecord, Loc } from '../model/index.ts';
import { big } from '../arith/bignum.ts';
import { halfUlp, type Printed } from '../arith/rounding.ts';
import { printed } from './printed.ts';

export type PointField = 'weight' | 'score';
/** A sum of printed values with the rounding slack its terms may hide. */
export type Sum = { value: BigNumber; slack: BigNumber };
export type SumVerdict = 'ok' | 'rounded' | 'mismatch';

/** The indicators' printed points, or null unless every indicator prints one. */
export function indicatorPoints(record: DisclosureRecord, field: PointField): Printed[] | null {
  if (record.indicators.length === 0) return null;
  const points = record.indicators.map((i) => printed(i.raw?.[field], i[field]));
  return points.every((p): p is Printed => p !== null) ? points : null;
}

/**
 * What the funds block may add to a form's total: the first line's points (年度资金总额 carries the 10 分 and
 * the 其中 lines none) and, when other lines print points too, the sum of all lines. Empty when no line prints any.
 */
export function executionPoints(record: DisclosureRecord, field: PointField): Sum[] {
  const points = (record.execution?.lines ?? []).map((l) => printed(l.raw[field], l[field])).filter((p): p is Printed => p !== null);
  if (points.length === 0) return [];
  const first = sumPoints([points[0]!]);
  const all = sumPoints(points);
  return all.value.eq(first.value) ? [first] : [first, all];
}

/** A sum against a total: ok when equal, rounded when equal within the slack of both, else mismatch. */
export function judgeSum(sum: Sum, total: Sum): SumVerdict {
  if (sum.value.eq(total.value)) return 'ok';
  return sum.value.minus(total.value).abs().lte(sum.slack.plus(total.slack)) ? 'rounded' : 'mismatch';
}

const RANK: Record<SumVerdict, number> = { ok: 0, rounded: 1, mismatch: 2 };

/**
 * The best reading of a column against a total: the indicators alone, or with each funds-block candidate
 * added. Returns the verdict and the sum it came from (the nearest one when all mismatch).
 */
export function bestReading(indicators: Sum, funds: Sum[], total: Sum): { verdict: SumVerdict; sum: Sum; withFunds: boolean } {
  const readings = [{ sum: indicators, withFunds: false }, ...funds.map((f) => ({ sum: add(indicators, f), withFunds: true }))];
  return readings
    .map((r) => ({ ...r, verdict: judgeSum(r.sum, total), distance: r.sum.value.minus(total.value).abs() }))
    .sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || a.distance.comparedTo(b.distance))[0]!;
}

/** The rounding a printed number of points may hide: none for a whole number. */
const pointSlack = (p: Printed): BigNumber => (p.decimals === 0 ? big(0) : halfUlp(p.decimals));

/** Printed points added up, with the rounding their decimals may hide. */
export function sumPoints(points: Printed[]): Sum {
  return points.reduce<Sum>((acc, p) => ({ value: acc.value.plus(p.value), slack: acc.slack.plus(pointSlack(p)) }), { value: big(0), slack: big(0) });
}

/** A printed total of points as a Sum. */
export const totalOf = (p: Printed): Sum => ({ value: p.value, slack: pointSlack(p) });

/** A printed money total as a Sum: amounts are measured, so even a whole number carries half a unit. */
export const moneyTotalOf = (p: Printed): Sum => ({ value: p.value, slack: halfUlp(p.decimals) });

/** The conventional total of a form's points, exact: nothing printed it, so it carries no slack. */
export const HUNDRED: Sum = { value: big(100), slack: big(0) };

const add = (a: Sum, b: Sum): Sum => ({ value: a.value.plus(b.value), slack: a.slack.plus(b.slack) });

/** Where a column's total stands, else where the indicator table starts. */
export function totalLoc(record: DisclosureRecord): Loc {
  return record.indicatorTotal?.loc ?? record.indicators[0]?.loc ?? {};
}
