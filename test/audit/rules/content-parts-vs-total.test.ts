import rule from '../../../src/audit/rules/content-parts-vs-total.ts';
import { doc, testRule } from '../../helpers/rule-tester.ts';

const task = (content: string, amount: string) => doc(`任务6: 评选补助经费\t${content}\t${amount}\t完成评选`);

testRule(rule, {
  valid: [
    {
      name: "the seed's task 16: 193.2 + 16.8 = 合计210",
      doc: task('按每村每年6万元的标准,需配套 $322 \\times 6 \\times 0.1=193.2$ 万元;社区需配套 $28 \\times 6 \\times 0.1=16.8$ 万元,合计210万元。', '210'),
    },
    { name: 'no formula: nothing to add up', doc: task('预计所需经费72500元; 师资费共需8000元, 以上预算共计8.05万元。', '8.05') },
    {
      name: 'an amount no formula gives (其他经费4万元) may be a part: no check',
      doc: task('需配套 $10 \\times 6 \\times 0.1=6$ 万元;其他经费4万元,合计10万元。', '10'),
    },
    {
      name: 'parts in 元, total in 万元',
      doc: task('需安排 $100 \\times 800=80000$ 元;需安排 $50 \\times 400=20000$ 元,共计10万元。', '10'),
    },
  ],
  invalid: [
    {
      name: 'two formulas give 112.5 but the content says 合计122.5 (the amount column agrees with the 合计)',
      doc: task(
        '按每村每年5万元的标准,需配套 $201 \\times 5 \\times 0.1=100.5$ 万元;社区按每个每年6万元标准计算,需配套 $10 \\times 6 \\times 0.2=12$ 万元,合计122.5万元。',
        '122.5',
      ),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'task', no: 6, section: 'key', field: 'content' },
          expected: 112.5,
          actual: 122.5,
          line: 4,
          message: 'the content\'s 2 formulas add up to 112.5万元 but its total says "合计122.5万元"',
        },
      ],
    },
    {
      name: 'a total that rounds the parts is info',
      doc: task('需配套 $3 \\times 1.111=3.333$ 万元;需配套 $2 \\times 1.111=2.222$ 万元,合计5.56万元。', '5.56'),
      flags: [
        {
          severity: 'info',
          target: { kind: 'task', no: 6, section: 'key', field: 'content' },
          expected: 5.555,
          actual: 5.56,
          line: 4,
          message: 'the content\'s 2 formulas add up to 5.555万元, which its total "合计5.56万元" shows rounded',
        },
      ],
    },
  ],
});
