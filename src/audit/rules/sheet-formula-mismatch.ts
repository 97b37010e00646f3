import type { SheetFormula } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

/** A formula typed into a spreadsheet cell whose cached value disagrees with its recomputation over the cells it references. */
export default defineRule({
  meta: {
    id: 'sheet-formula-mismatch',
    severity: 'warning',
    description:
      'Recomputes every spreadsheet formula cell (exact decimals, over the cached values it references) and reports cached values that disagree at their own precision.',
  },
  check(record, report) {
    record.sheetFormulas.forEach((f, index) => {
      const target = { kind: 'sheetFormula' as const, index, field: f.cell };
      const loc = { sheet: f.sheet, cell: f.cell };
      const where = `${f.sheet}!${f.cell} =${f.formula}`;
      if (f.verdict === 'mismatch') {
        report({ target, loc, expected: f.cached, actual: f.computed, message: `${where} recomputes to ${f.computed}, not the cached ${f.cached}` });
      } else if (f.verdict === 'rounded') {
        report({
          target,
          loc,
          severity: 'info',
          expected: f.cached,
          actual: f.computed,
          message: `${where} recomputes to ${f.computed}; the cached ${f.cached} is that value rounded`,
        });
      } else if (f.verdict === 'unparsable') {
        report({ target, loc, severity: 'info', message: `${where} could not be recomputed: ${whyUnparsable(f)}, so it was not checked` });
      }
    });
  },
});

/** The parser keeps no reason for 'unparsable'; which side is missing says it. */
function whyUnparsable(f: SheetFormula): string {
  if (f.computed === null) return 'it uses more than + - * /, parentheses and SUM, or a cell it references holds text or is missing';
  return 'its cached value is not a number';
}
