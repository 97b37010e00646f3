import type { Formula, Task } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { statedTotal } from '../content-totals.ts';
import { big, compareIntervals, convert, extraDecimals, type MoneyUnit, type Printed } from '../formula/index.ts';
import { readNumber } from '../../arith/printed.ts';
import { isMoneyUnit } from '../../arith/money.ts';
import { contentFormulas, statedIn, sumOf } from '../content-formulas.ts';

/** The total a task's content states (in prose, or by its formulas) must agree with its amount column. */
export default defineRule({
  meta: {
    id: 'task-amount-vs-content',
    severity: 'warning',
    description: 'Compares the total a task\'s content states ("以上预算共计8.05万元", or the results of its formulas) with the task\'s amount column.',
  },
  check(record, report) {
    const unit: MoneyUnit = isMoneyUnit(record.budget.unit) ? record.budget.unit : '万元';
    for (const task of record.tasks) {
      const amount = readNumber(task.amountRaw);
      if (!amount || !task.content) continue;
      const column: Printed = { value: big(amount.text), decimals: amount.decimals };
      const claim = contentClaim(task, record.formulas, unit);
      if (!claim) continue;
      const verdict = claim.candidates.map((c) => compareIntervals(column, c)).sort(byStrength)[0]!;
      if (verdict === 'ok') continue;
      const stated = claim.candidates[0]!.value.toNumber();
      report({
        target: { kind: 'task', no: task.no, section: task.section, field: 'amount' },
        loc: task.loc,
        expected: stated,
        actual: amount.value,
        severity: verdict === 'rounded' ? 'info' : undefined,
        message:
          verdict === 'rounded'
            ? `content totals ${stated}${unit} (${claim.how}), which the amount column ${amount.value}${unit} shows rounded`
            : `content totals ${stated}${unit} (${claim.how}) but the amount column says ${amount.value}${unit}`,
      });
    }
  },
});

const byStrength = (a: string, b: string) => rank(a) - rank(b);
const rank = (v: string) => (v === 'ok' ? 0 : v === 'rounded' ? 1 : 2);

/** What the content claims: a prose total, else the formulas' sum (or the last formula, when it is the total). */
function contentClaim(task: Task, formulas: Formula[], unit: MoneyUnit): { candidates: Printed[]; how: string } | null {
  const prose = statedTotal(task.content!);
  if (prose) {
    const value = convert(big(prose.value), prose.unit, unit);
    return { candidates: [{ value, decimals: prose.decimals + extraDecimals(prose.unit, unit) }], how: `"${prose.text}"` };
  }
  const own = contentFormulas(task, formulas);
  if (!own?.length) return null;
  const printed = own.map((f) => statedIn(f, unit));
  const sum = sumOf(printed);
  return {
    candidates: own.length === 1 ? [sum] : [sum, printed[printed.length - 1]!],
    how: own.length === 1 ? 'its formula' : `the sum of its ${own.length} formulas`,
  };
}
