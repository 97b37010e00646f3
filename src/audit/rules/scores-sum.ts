import type { DisclosureRecord, Loc } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import type { Printed } from '../../arith/rounding.ts';
import { bestReading, executionPoints, sumPoints, indicatorPoints, totalOf } from '../points.ts';
import { printed, show } from '../printed.ts';

type Total = { field: string; label: string; value: Printed; loc: Loc };

/** The 得分 of the indicators (and of the funds block, when the total covers it) add up to the printed 总分/合计. */
export default defineRule({
  meta: {
    id: 'scores-sum',
    severity: 'warning',
    description: "Checks that the indicators' 得分, with the funds block's 得分 where the total covers it, add up to the printed 总分 or 合计.",
  },
  check(record, report) {
    const scores = indicatorPoints(record, 'score');
    if (!scores) return; // rows without a score are unevaluated-row's to report
    const funds = executionPoints(record, 'score');
    const checked: Printed[] = [];
    for (const total of totals(record)) {
      // The same 总分 read into both fields is one total: judge it once.
      if (checked.some((c) => c.value.eq(total.value.value))) continue;
      checked.push(total.value);
      const best = bestReading(sumPoints(scores), funds, totalOf(total.value));
      if (best.verdict === 'ok') continue;
      const what = best.withFunds ? "indicator scores plus the funds block's 得分" : 'indicator scores';
      report({
        target: { kind: 'document', field: total.field },
        loc: total.loc,
        expected: total.value.value.toNumber(),
        actual: best.sum.value.toNumber(),
        severity: best.verdict === 'rounded' ? 'info' : undefined,
        message: `${what} add up to ${show(best.sum.value)} against the printed ${total.label} ${show(total.value.value)}${best.verdict === 'rounded' ? ', equal at the printed precision' : ''}`,
      });
    }
  },
});

/** The printed totals a score column may add up to: the indicator table's 合计 row and the form's 总分. */
function totals(record: DisclosureRecord): Total[] {
  const out: Total[] = [];
  const t = record.indicatorTotal;
  const tv = t ? printed(t.raw.score, t.score) : null;
  if (t && tv) out.push({ field: 'indicatorTotal.score', label: '合计', value: tv, loc: t.loc });
  const e = record.execution;
  const ev = e ? printed(e.totalScoreRaw, e.totalScore) : null;
  if (e && ev) out.push({ field: 'execution.totalScore', label: '总分', value: ev, loc: e.loc ?? t?.loc ?? record.indicators[0]?.loc ?? {} });
  return out;
}
