import type { Budget, Loc } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { big, halfUlp } from '../formula/index.ts';
import { judgeSum } from '../points.ts';
import { readNumber } from '../../arith/printed.ts';
import type { BigNumber } from '../../arith/bignum.ts';

type Side = { value: BigNumber; slack: BigNumber; fields: string[] };

const EXPENDITURE = ['expenditure.basic', 'expenditure.project', 'expenditure.developmentSpecial', 'expenditure.developmentOther'];
const INCOME = ['income.fiscalAppropriation', 'income.other'];

/** Expenditure lines must add up to their total, income lines to theirs, and the two totals agree. */
export default defineRule({
  meta: {
    id: 'budget-identity',
    severity: 'warning',
    description: 'Checks that the budget block balances: expenditure lines = expenditure total = income total = income lines, at the printed precision.',
  },
  check(record, report) {
    const b = record.budget;
    const loc: Loc = b.loc['expenditure.basic'] ?? Object.values(b.loc)[0] ?? {};
    const exp = side(b, EXPENDITURE);
    // Income lines without 财政拨款, the main one, are a part of the income (泉州 prints 其他资金 0.00 alone beside
    // 资金总额 | 项目支出 | 基本支出): no side to weigh.
    const inc = readNumber(b.raw['income.fiscalAppropriation']) === null ? null : side(b, INCOME);
    const checks: Array<[string, Side | null, Side | null, string]> = [
      ['expenditure', exp, side(b, ['expenditure.total']), 'expenditure lines vs 支出合计'],
      ['income', inc, side(b, ['income.total']), 'income lines vs 收入合计'],
      ['balance', side(b, ['expenditure.total']) ?? exp, side(b, ['income.total']) ?? inc, 'expenditure vs income'],
    ];
    for (const [field, a, c, what] of checks) {
      if (!a || !c) continue;
      let verdict = judgeSum(a, c);
      // Some bureaus count 事业发展性支出 inside 项目支出: the identity then holds without it.
      if (verdict === 'mismatch' && field === 'balance' && a.fields.some((f) => f.includes('development'))) {
        const inner = side(b, ['expenditure.basic', 'expenditure.project']);
        if (inner && judgeSum(inner, c) !== 'mismatch') verdict = 'ok';
      }
      if (verdict === 'ok') continue;
      report({
        target: { kind: 'budget', field },
        loc,
        expected: c.value.toNumber(),
        actual: a.value.toNumber(),
        severity: verdict === 'rounded' ? 'info' : undefined,
        message: `${what}: ${a.value.toString()} against ${c.value.toString()}${verdict === 'rounded' ? ', equal at the printed precision' : ` (${b.unit})`}`,
      });
    }
  },
});

/** Sum of the stated lines with their rounding slack; null when none of them is stated. */
function side(b: Budget, fields: string[]): Side | null {
  const present = fields.filter((f) => readNumber(b.raw[f]) !== null);
  if (present.length === 0) return null;
  return present.reduce<Side>(
    (acc, f) => {
      const n = readNumber(b.raw[f])!;
      return { value: acc.value.plus(big(n.text)), slack: acc.slack.plus(halfUlp(n.decimals)), fields: [...acc.fields, f] };
    },
    { value: big(0), slack: big(0), fields: [] },
  );
}
