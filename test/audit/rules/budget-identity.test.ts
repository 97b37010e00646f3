import rule from '../../../src/audit/rules/budget-identity.ts';
import { doc, testRule } from '../../helpers/rule-tester.ts';

const budget = (basic: string, project: string, other: string, fiscal: string) =>
  doc(
    '预算整体情况\t部门预算支出\t预算金额(万元)\t收入来源\t预算金额(万元)',
    `\t基本支出\t${basic}\t财政拨款\t${fiscal}`,
    `\t项目支出\t${project}\t其他资金\t`,
    '\t事业发展性支出\t预算金额(万元)\t\t',
    '\t财政专项资金\t\t\t',
    `\t其他事业发展性支出\t${other}\t\t`,
  );

testRule(rule, {
  valid: [
    { name: 'lines add up exactly', doc: budget('100.5', '200', '50', '350.5') },
    { name: '事业发展性支出 counted inside 项目支出', doc: budget('100', '250', '50', '350') },
    {
      // 泉州's 部门整体 table: income printed only as 其他资金 0.00, no 财政拨款 line, so no income side to weigh.
      name: 'income lines without 财政拨款 are no income side',
      doc: doc('部门名称\t某市某局', '年度预算安排(万元)\t资金总额\t8200.95', '\t项目支出\t2285.57', '\t基本支出\t5915.38', '\t其他资金\t0.00'),
    },
  ],
  invalid: [
    {
      name: 'the seed: equal at the printed precision is info',
      doc: budget('1255.022751', '1021.5575', '11977.116', '14253.69625'),
      flags: [
        {
          severity: 'info',
          target: { kind: 'budget', field: 'balance' },
          expected: 14253.69625,
          actual: 14253.696251,
          line: 5,
          message: 'expenditure vs income: 14253.696251 against 14253.69625, equal at the printed precision',
        },
      ],
    },
    {
      name: 'lines do not add up',
      doc: budget('100', '200', '50', '400'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'balance' },
          expected: 400,
          actual: 350,
          line: 5,
          message: 'expenditure vs income: 350 against 400 (万元)',
        },
      ],
    },
  ],
});
