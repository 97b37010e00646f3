import { defineRule } from '../rule.ts';

/** A "(%)" indicator whose target reads as a fraction (0.95 where 95% is meant). */
export default defineRule({
  meta: {
    id: 'percent-scale',
    severity: 'warning',
    description: 'Reports percentage indicators whose target is written as a fraction (0.95) rather than a percentage (95%).',
  },
  check(record, report) {
    for (const ind of record.indicators) {
      const v = ind.value;
      if (v.unit !== '%' || v.number === null || v.raw === null || v.raw.includes('%')) continue;
      if (v.number > 0 && v.number <= 1) {
        const expected = Number((v.number * 100).toPrecision(12));
        report({
          target: { kind: 'indicator', no: ind.no, field: 'value' },
          loc: ind.loc,
          expected,
          actual: v.number,
          message: `indicator ${ind.no} is a percentage but its target is ${v.raw}: a fraction, probably ${expected}%`,
        });
      }
    }
  },
});
