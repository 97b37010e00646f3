import rule from '../../../src/audit/rules/task-amount-vs-content.ts';
import formulaMismatch from '../../../src/audit/rules/formula-mismatch.ts';
import { expect, it } from 'vitest';
import { doc, recordOf, testRule } from '../../helpers/rule-tester.ts';

const task = (content: string, amount: string) => doc(`任务21: 培训经费\t${content}\t${amount}\t保障培训`);

testRule(rule, {
  valid: [
    { name: 'prose total equals the amount', doc: task('按每个重构村7万元,共计需要县财政资金支持101万元。', '101') },
    {
      name: 'formulas add up to the amount',
      doc: task('每人每年7000元,需配套 $322 \\times 7000 \\times 0.1=22.54$ 万元,需配套 $28 \\times 7000 \\times 0.1=1.96$ 万元', '24.5'),
    },
    { name: 'no total stated: nothing to compare', doc: task('按2023年每村10万元的标准,省市县4:5:1的分担比例核算。', '28') },
    {
      name: "a key task's formula is not the other task 1's, though both are numbered 1",
      doc: doc(
        '重点工作任务\t任务1: 理论宣讲\t共412人,需配套 $412 \\times 1200 \\times 12 \\times 0.1=59.328$ 万元。\t59.328\t完成宣讲',
        '其他需完成的任务(可选填)\t任务1: 理论宣讲其他工作\t做好理论宣讲其他工作。\t4.519\t完成其他工作',
      ),
    },
  ],
  invalid: [
    {
      name: "the seed's task 21: 72500元 + 8000元 = 8.05万元 against 7",
      doc: task('预计所需经费72500元; 师资费共需8000元, 以上预算共计8.05万元。', '7'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'task', no: 21, section: 'key', field: 'amount' },
          expected: 8.05,
          actual: 7,
          line: 4,
          message: 'content totals 8.05万元 ("预算共计8.05万元") but the amount column says 7万元',
        },
      ],
    },
    {
      name: 'a total in 元 that rounds to the amount is info',
      doc: task('每人每月100元,共112800元;以上预算共计149960元。', '15'),
      flags: [
        {
          severity: 'info',
          target: { kind: 'task', no: 21, section: 'key', field: 'amount' },
          expected: 14.996,
          actual: 15,
          line: 4,
          message: 'content totals 14.996万元 ("预算共计149960元"), which the amount column 15万元 shows rounded',
        },
      ],
    },
    {
      name: 'a single formula is the total',
      doc: task('按每村10万元的标准,需配套 $322 \\times 10 \\times 0.1=322$ 万元。', '320'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'task', no: 21, section: 'key', field: 'amount' },
          expected: 322,
          actual: 320,
          line: 4,
          message: 'content totals 322万元 (its formula) but the amount column says 320万元',
        },
      ],
    },
  ],
});

it('does not judge the total from a formula that is itself wrong (formula-mismatch reports it)', async () => {
  const r = await recordOf(task('按每村10万元的标准,需配套 $322 \\times 10 \\times 0.1=332$ 万元。', '322'), [formulaMismatch, rule]);
  expect(r.flags.map((f) => f.rule)).toEqual(['formula-mismatch']);
});
