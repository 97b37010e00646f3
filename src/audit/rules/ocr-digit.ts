import { defineRule } from '../rule.ts';
import { indicatorValueRepaired, readNumber } from '../../arith/printed.ts';
import { WAN_YUAN_SUFFIX } from '../../arith/money.ts';

/** Numbers that OCR printed with letters (1O5, l2): read anyway, and reported so a person can confirm. */
export default defineRule({
  meta: {
    id: 'ocr-digit',
    severity: 'warning',
    description: 'Reports numbers in which O/o was read as 0 or l/I as 1; the repaired value is used and shown as expected.',
  },
  check(record, report) {
    for (const t of record.tasks) {
      const n = readNumber(t.amountRaw, { stripUnit: WAN_YUAN_SUFFIX });
      if (n?.repaired)
        report({
          target: { kind: 'task', no: t.no, section: t.section, field: 'amount' },
          loc: t.loc,
          expected: n.value,
          actual: t.amountRaw,
          message: `任务${t.no} amount "${t.amountRaw}" read as ${n.value}`,
        });
    }
    for (const i of record.indicators) {
      if (indicatorValueRepaired(i.value.raw))
        report({
          target: { kind: 'indicator', no: i.no, field: 'value' },
          loc: i.loc,
          expected: i.value.number,
          actual: i.value.raw,
          message: `指标${i.no} target "${i.value.raw}" read as ${i.value.number}`,
        });
    }
    record.formulas.forEach((f, index) => {
      if (f.ocrRepaired)
        report({
          target: { kind: 'formula', taskNo: f.taskNo, no: f.taskNo, index },
          loc: f.loc,
          actual: f.text,
          message: `formula "${f.text}" has letters for digits; checked as ${f.expression} = ${f.stated.value}`,
        });
    });
    for (const [field, raw] of Object.entries(record.budget.raw)) {
      const n = readNumber(raw);
      if (n?.repaired)
        report({
          target: { kind: 'budget', field },
          loc: record.budget.loc[field] ?? {},
          expected: n.value,
          actual: raw,
          message: `budget ${field} "${raw}" read as ${n.value}`,
        });
    }
  },
});
