import { defineRule } from '../rule.ts';

/** A printed formula whose recomputed result does not match the result it prints. */
export default defineRule({
  meta: {
    id: 'formula-mismatch',
    severity: 'warning',
    description: 'Recomputes every formula printed in a cell (exact decimals, 元/万元/亿元) and reports results that disagree at the printed precision.',
  },
  check(record, report) {
    record.formulas.forEach((f, index) => {
      const target = { kind: 'formula' as const, taskNo: f.taskNo, no: f.taskNo, index };
      const unit = f.stated.unit ?? '';
      if (f.verdict === 'mismatch') {
        report({
          target,
          loc: f.loc,
          expected: f.stated.value,
          actual: f.computed.value,
          message: `${f.text} recomputes to ${f.computed.value}${f.computed.unit ?? ''}, not the printed ${f.stated.value}${unit}`,
        });
      } else if (f.verdict === 'rounded') {
        report({
          target,
          loc: f.loc,
          severity: 'info',
          expected: f.stated.value,
          actual: f.computed.value,
          message: `${f.text} recomputes to ${f.computed.value}${f.computed.unit ?? ''}; the printed ${f.stated.value}${unit} is that value rounded`,
        });
      } else if (f.verdict === 'unparsable') {
        report({ target, loc: f.loc, severity: 'info', message: `${f.text} could not be read as arithmetic, so it was not checked` });
      }
    });
  },
});
