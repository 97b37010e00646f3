import { defineRule } from '../rule.ts';
import { bestReading, executionPoints, sumPoints, HUNDRED, indicatorPoints, totalLoc, totalOf } from '../points.ts';
import { printed, show } from '../printed.ts';

/** 分值/权重 of the indicators add up to the printed 合计, or to 100 when none is printed. */
export default defineRule({
  meta: {
    id: 'weights-sum',
    severity: 'warning',
    description:
      "Checks that the indicator weights (分值/权重) add up to the printed 合计, or to 100; on self-evaluations the funds block's 分值 may be part of that 100.",
  },
  check(record, report) {
    const weights = indicatorPoints(record, 'weight');
    if (!weights) return;
    const t = record.indicatorTotal;
    const stated = t ? printed(t.raw.weight, t.weight) : null;
    const total = stated ? totalOf(stated) : HUNDRED;
    const best = bestReading(sumPoints(weights), executionPoints(record, 'weight'), total);
    if (best.verdict === 'ok') return;
    const what = best.withFunds ? "indicator weights plus the funds block's 分值" : 'indicator weights';
    const against = stated ? `the printed 合计 ${show(total.value)}` : `${show(total.value)} (no 合计 printed)`;
    report({
      target: { kind: 'document', field: 'indicators.weight' },
      loc: totalLoc(record),
      expected: total.value.toNumber(),
      actual: best.sum.value.toNumber(),
      severity: best.verdict === 'rounded' ? 'info' : undefined,
      message: `${what} add up to ${show(best.sum.value)} against ${against}${best.verdict === 'rounded' ? ', equal at the printed precision' : ''}`,
    });
  },
});
