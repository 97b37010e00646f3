import rule from '../../../src/audit/rules/formula-mismatch.ts';
import { doc, testRule } from '../../helpers/rule-tester.ts';

const task = (content: string, amount = '322') => doc(`任务12: 村办公经费\t${content}\t${amount}\t保障日常办公`);

testRule(rule, {
  valid: [
    { name: 'LaTeX, operands in 万元 printed beside an operand', doc: task('按每村10万元的标准,需配套 $322 \\times 10 \\times 0.1=322$ 万元。') },
    { name: 'operands in 元, result in 万元', doc: task('人均每月3500元,需配套 $2145 \\times 3500 \\times 12 \\times 0.1=900.9$ 万元。', '900.9') },
    { name: 'MathML (MinerU writes LaTeX inside <math>)', doc: task('每人每年7000元,需配套<math>322 \\times 7000 \\times 0.1 = 22.54</math>万元', '22.54') },
    { name: 'plain text with a unitless result', doc: task('补助人数多 224-28×5=84 人', '84') },
    { name: 'asterisks survive markdown', doc: task('每人每月3500元,2145*3500*12*0.1=900.9万元', '900.9') },
    { name: 'units inside the arithmetic', doc: task('需配套2145人×3500元/月×12个月×10%=900.9万元', '900.9') },
    {
      name: 'operands in 元 and the ÷10000 printed in the formula',
      doc: task('每户每年补助1200元,需安排资金 $862 \\times 1200 \\div 10000=103.44$ 万元。', '103.44'),
    },
    { name: 'operands in 元 converted by ×0.0001', doc: task('每人每月500元,需 50×500×12×0.0001=30万元', '30') },
    { name: 'ranges and ratios are not formulas', doc: task('2023-2024年按省市县6:3:1分担,每村10万元', '10') },
  ],
  invalid: [
    {
      name: 'the ÷10000 printed, the result still wrong',
      doc: task('每户每年补助1200元,需安排资金 $862 \\times 1200 \\div 10000=104.44$ 万元。', '104.44'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'formula', taskNo: 12, no: 12, index: 0 },
          expected: 104.44,
          actual: 103.44,
          line: 4,
          message: '862 \\times 1200 \\div 10000=104.44 recomputes to 103.44万元, not the printed 104.44万元',
        },
      ],
    },
    {
      name: 'result misprinted',
      doc: task('按每村10万元的标准,需配套 $322 \\times 10 \\times 0.1=332$ 万元。'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'formula', taskNo: 12, no: 12, index: 0 },
          expected: 332,
          actual: 322,
          line: 4,
          message: '322 \\times 10 \\times 0.1=332 recomputes to 322万元, not the printed 332万元',
        },
      ],
    },
    {
      name: 'a result rounded to the printed precision is info, never a warning',
      doc: task('每人每月3333元,需配套 $7 \\times 3333 \\times 12=28$ 万元', '28'),
      flags: [
        {
          severity: 'info',
          target: { kind: 'formula', taskNo: 12, no: 12, index: 0 },
          expected: 28,
          actual: 279972,
          line: 4,
          message: '7 \\times 3333 \\times 12=28 recomputes to 279972元; the printed 28万元 is that value rounded',
        },
      ],
    },
    {
      name: 'units inside the arithmetic, result misprinted',
      doc: task('需配套2145人×3500元/月×12个月×10%=909.9万元', '900.9'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'formula', taskNo: 12, no: 12, index: 0 },
          expected: 909.9,
          actual: 9009000,
          line: 4,
          message: '2145人×3500元/月×12个月×10%=909.9 recomputes to 9009000元, not the printed 909.9万元',
        },
      ],
    },
    {
      name: 'OCR-broken arithmetic cannot be checked',
      doc: task('需配套 $322 \\times \\times 0.1=32$ 万元', '32'),
      flags: [
        {
          severity: 'info',
          target: { kind: 'formula', taskNo: 12, no: 12, index: 0 },
          line: 4,
          message: '322 \\times \\times 0.1=32 could not be read as arithmetic, so it was not checked',
        },
      ],
    },
  ],
});
