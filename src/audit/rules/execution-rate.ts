import type { BigNumber } from '../../arith/bignum.ts';
import { defineRule } from '../rule.ts';
import { big } from '../../arith/bignum.ts';
import { compareExact, halfUlp, type Printed } from '../../arith/rounding.ts';
import { printed, printedPercent, show } from '../printed.ts';

const PERCENT = big(100);

/** 执行率 = 全年执行数 ÷ 全年预算数 (调整后预算数; 年初预算数 when no adjusted budget is printed) × 100. */
export default defineRule({
  meta: {
    id: 'execution-rate',
    severity: 'warning',
    description: "Checks each funds line's 执行率 against 执行数 ÷ 全年(调整后)预算数 × 100 at the precision the rate is printed to.",
  },
  check(record, report) {
    (record.execution?.lines ?? []).forEach((line, index) => {
      const rate = printedPercent(line.raw.rate, line.rate);
      const executed = printed(line.raw.executed, line.executed);
      const adjusted = printed(line.raw.adjusted, line.adjusted);
      const budget = adjusted ?? printed(line.raw.planned, line.planned);
      const budgetLabel = adjusted ? '全年预算数' : '年初预算数';
      // No budget, no rate: 0 ÷ 0 printed as 0% is the usual way to say so, and x ÷ 0 has no rate to check.
      if (!rate || !executed || !budget || budget.value.isZero()) return;
      const computed = executed.value.div(budget.value).times(PERCENT);
      if (compareExact(computed, rate) !== 'mismatch') return;
      // The document may have divided the unrounded amounts: within their printed intervals it is info.
      const rounded = quotientMeets(executed, budget, rate);
      const expected = computed.toDecimalPlaces(rate.decimals);
      report({
        target: { kind: 'budget', field: `execution.${line.label}.rate`, index },
        loc: line.loc,
        expected: expected.toNumber(),
        actual: rate.value.toNumber(),
        severity: rounded ? 'info' : undefined,
        message:
          `${line.label}: 执行率 ${show(rate.value)}% printed, but 执行数 ${show(executed.value)} ÷ ${budgetLabel} ${show(budget.value)} = ${show(expected)}%` +
          (rounded ? ', equal within the rounding of the printed amounts' : ''),
      });
    });
  },
});

/** Whether some quotient of values the printed amounts may stand for rounds to the printed rate. */
function quotientMeets(executed: Printed, budget: Printed, rate: Printed): boolean {
  const [e, de] = [executed.value, halfUlp(executed.decimals)];
  const [d, dd] = [budget.value, halfUlp(budget.decimals)];
  const low = d.minus(dd);
  // A budget that might be 0 allows any rate.
  if (d.isPositive() ? !low.isPositive() : !d.plus(dd).isNegative()) return true;
  const corners: BigNumber[] = [];
  for (const x of [e.minus(de), e.plus(de)]) for (const y of [low, d.plus(dd)]) corners.push(x.div(y).times(PERCENT));
  const lo = corners.reduce((a, b) => (b.lt(a) ? b : a));
  const hi = corners.reduce((a, b) => (b.gt(a) ? b : a));
  const slack = halfUlp(rate.decimals);
  return !(hi.lt(rate.value.minus(slack)) || lo.gt(rate.value.plus(slack)));
}
