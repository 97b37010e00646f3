import { defineRule } from '../rule.ts';
import { readNumber } from '../../arith/printed.ts';
import { WAN_YUAN_SUFFIX } from '../../arith/money.ts';

/** Rows with missing cells, an amount that is not a number, or no recognisable structure at all. */
export default defineRule({
  meta: {
    id: 'malformed-row',
    severity: 'warning',
    description:
      "Reports task and indicator rows with missing cells, cells printed in each other's columns or an unreadable amount, and rows that could not be read at all; the data read so far is kept.",
  },
  check(record, report) {
    for (const t of record.tasks) {
      const target = { kind: 'task' as const, no: t.no, section: t.section };
      if (t.missing.length) report({ target, loc: t.loc, message: `任务${t.no} has no ${t.missing.join(', ')} cell` });
      // 其他需完成的任务 is optional, and a bureau lists its unfunded work there: an empty amount is no defect.
      else if (t.section === 'other' && t.amountRaw === '') continue;
      else if (t.amountRaw !== null && readNumber(t.amountRaw, { stripUnit: WAN_YUAN_SUFFIX }) === null) {
        report({
          target: { ...target, field: 'amount' },
          loc: t.loc,
          actual: t.amountRaw,
          message: t.amountRaw === '' ? `任务${t.no} has an empty amount` : `任务${t.no} amount "${t.amountRaw}" is not a number`,
        });
      }
    }
    for (const i of record.indicators) {
      if (i.missing.length) report({ target: { kind: 'indicator', no: i.no }, loc: i.loc, message: `指标${i.no} has no ${i.missing.join(', ')} cell` });
      if (i.swapped)
        report({
          target: { kind: 'indicator', no: i.no },
          loc: i.loc,
          actual: Object.entries(i.swapped)
            .map(([field, text]) => `${field} "${text}"`)
            .join(', '),
          message: `指标${i.no} prints its ${Object.keys(i.swapped).join(' and ')} in each other's columns; read back in place`,
        });
    }
    for (const r of record.unreadRows) {
      if (r.reason !== 'unrecognized') continue;
      report({
        target: { kind: 'row' },
        loc: r.loc,
        actual: r.cells.filter(Boolean).join(' | ').slice(0, 200),
        message: `a row in the ${r.section} section could not be read as a task or indicator`,
      });
    }
  },
});
