import type { Formula, Task } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { statedTotal } from '../content-totals.ts';
import { big, compareIntervals, type MoneyUnit, type Printed } from '../formula/index.ts';
import { MONEY_UNIT_PATTERN } from '../../arith/money.ts';
import { contentFormulas, statedIn, sumOf } from '../content-formulas.ts';

/** The results of a task's content formulas add up to the total its content states (…=100.5万元; …=12万元, 合计122.5万元). */
export default defineRule({
  meta: {
    id: 'content-parts-vs-total',
    severity: 'warning',
    description:
      "Checks that the results of the formulas in a task's content add up to the total the same content states (合计/共计 …万元), where the content prints no other amount but rates (每人每月800元).",
  },
  check(record, report) {
    for (const task of record.tasks) {
      const parts = partsAndTotal(task, record.formulas);
      if (!parts) continue;
      const { sum, total, count, text } = parts;
      const verdict = compareIntervals(total, sum);
      if (verdict === 'ok') continue;
      const stated = total.value.toNumber();
      const added = sum.value.toNumber();
      report({
        target: { kind: 'task', no: task.no, section: task.section, field: 'content' },
        loc: task.loc,
        expected: added,
        actual: stated,
        severity: verdict === 'rounded' ? 'info' : undefined,
        message:
          verdict === 'rounded'
            ? `the content's ${count} formulas add up to ${added}${parts.unit}, which its total "${text}" shows rounded`
            : `the content's ${count} formulas add up to ${added}${parts.unit} but its total says "${text}"`,
      });
    }
  },
});

const AMOUNT = new RegExp(String.raw`(\d[\d,]*(?:\.\d+)?)\s*(?:${MONEY_UNIT_PATTERN})`, 'gu');
/** A rate, not a part: an amount a 每 stands shortly before (每人每月800元, 每个每年15万元的标准). */
const RATE_BEFORE = /每[^\d,，;；。]{0,6}$/u;

/**
 * The content's formula results and its stated total, in the total's unit; undefined unless the content states a
 * total, prints a formula, and every other amount in it is a rate or an operand of a formula: an amount of its own
 * (其他经费4万元) may be a part no formula gives, and the sum would then be no check.
 */
function partsAndTotal(task: Task, formulas: readonly Formula[]): { sum: Printed; total: Printed; count: number; text: string; unit: MoneyUnit } | undefined {
  const content = task.content;
  const prose = content ? statedTotal(content) : null;
  if (!content || !prose) return undefined;
  const own = contentFormulas(task, formulas);
  if (!own?.length) return undefined;
  const results = own.map((f) => String(f.stated.value));
  for (const m of content.matchAll(AMOUNT)) {
    const value = m[1]!.replace(/,/g, '');
    const at = m.index!;
    if (at >= prose.index && at < prose.index + prose.text.length) continue;
    if (RATE_BEFORE.test(content.slice(Math.max(0, at - 8), at))) continue;
    // A formula's result (=100.5万元) and its operands sit inside the formula's own text.
    if (results.includes(value) && /[=＝]\s*$/u.test(content.slice(0, at))) continue;
    return undefined;
  }
  // Judged in the total's own unit: the parts convert to it.
  const unit = prose.unit;
  const total: Printed = { value: big(prose.value), decimals: prose.decimals };
  return { sum: sumOf(own.map((f) => statedIn(f, unit))), total, count: own.length, text: prose.text, unit };
}
