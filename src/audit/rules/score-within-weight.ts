import type { Loc, Target } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { compareExact } from '../../arith/rounding.ts';
import { printed, show } from '../printed.ts';

type Row = { target: Target; name: string; loc: Loc; weight: ReturnType<typeof printed>; score: ReturnType<typeof printed> };

/** 得分 can not exceed 分值: an indicator or funds line scoring more than it carries. */
export default defineRule({
  meta: { id: 'score-within-weight', severity: 'warning', description: 'Reports an indicator or funds-block line whose 得分 is larger than its 分值/权重.' },
  check(record, report) {
    const rows: Row[] = [
      ...record.indicators.map(
        (i): Row => ({
          target: { kind: 'indicator', no: i.no },
          name: `指标${i.no} ${i.name}`,
          loc: i.loc,
          weight: printed(i.raw?.weight, i.weight),
          score: printed(i.raw?.score, i.score),
        }),
      ),
      ...(record.execution?.lines ?? []).map(
        (l, index): Row => ({
          target: { kind: 'budget', field: `execution.${l.label}.score`, index },
          name: l.label,
          loc: l.loc,
          weight: printed(l.raw.weight, l.weight),
          score: printed(l.raw.score, l.score),
        }),
      ),
    ];
    for (const { target, name, loc, weight, score } of rows) {
      if (!weight || !score || !score.value.gt(weight.value)) continue;
      // A weight is assigned, not computed: exact. A score may be computed (rate × 分值) and rounded up past
      // it: above the weight only by the score's own printed rounding is info, not an error.
      const rounded = compareExact(weight.value, score) !== 'mismatch';
      report({
        target,
        loc,
        expected: weight.value.toNumber(),
        actual: score.value.toNumber(),
        severity: rounded ? 'info' : undefined,
        message: `${name}: 得分 ${show(score.value)} is more than its 分值 ${show(weight.value)}${rounded ? ', equal at the printed precision' : ''}`,
      });
    }
  },
});
