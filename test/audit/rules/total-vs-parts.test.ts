import { describe, expect, it } from 'vitest';
import rule from '../../../src/audit/rules/total-vs-parts.ts';
import budgetIdentity from '../../../src/audit/rules/budget-identity.ts';
import { runRules } from '../../../src/audit/rule.ts';
import type { DisclosureRecord } from '../../../src/model/index.ts';
import { part, record, testRecordRule } from '../records.ts';

/** Layout C: 总额 | 基本支出 (合计, 财政拨款, 专户资金, 单位资金) | 项目支出 (…), one row of amounts. */
function sichuan(total: string, basic: string[], project: string[]): DisclosureRecord {
  const r = record();
  const cells = { 'expenditure.total': total, 'expenditure.basic': basic[0]!, 'expenditure.project': project[0]! };
  r.budget.raw = cells;
  r.budget.expenditure.total = Number(total);
  r.budget.expenditure.basic = Number(basic[0]);
  r.budget.expenditure.project = Number(project[0]);
  r.budget.loc = { 'expenditure.total': { line: 7, column: 1 }, 'expenditure.basic': { line: 7, column: 2 }, 'expenditure.project': { line: 7, column: 6 } };
  const labels = ['财政拨款', '专户资金', '单位资金'];
  r.budgetParts = [
    ...basic.slice(1).map((v, i) => part('expenditure.basic', labels[i]!, v, { line: 7, column: 3 + i })),
    ...project.slice(1).map((v, i) => part('expenditure.project', labels[i]!, v, { line: 7, column: 7 + i })),
  ];
  return r;
}

/** Layout E/G: 年度资金总额 | 其中:财政拨款 | 其他资金, and 上年结转 where a form prints it (central forms). */
function funds(total: string, fiscal: string, other: string, carryover?: string): DisclosureRecord {
  return record({
    family: 'project-performance-goals',
    project: {
      name: '农村公路养护',
      supervisor: '交通运输局',
      implementer: '公路事务中心',
      period: '2024年',
      funds: { total: Number(total), fiscal: Number(fiscal), other: Number(other), ...(carryover ? { carryover: Number(carryover) } : {}) },
      raw: { 'funds.total': total, 'funds.fiscal': fiscal, 'funds.other': other, ...(carryover ? { 'funds.carryover': carryover } : {}) },
      loc: { 'funds.total': { line: 8 }, 'funds.fiscal': { line: 9 }, 'funds.other': { line: 10 } },
    },
  });
}

/** Layout D: a 合计 row over its parts, the 合计 itself one of the group. */
const hubei = (sum: string, ...parts: string[]) =>
  record({
    budgetParts: [
      part('资金来源合计', '合计', sum, { line: 12 }),
      ...parts.map((v, i) => part('资金来源合计', ['一般公共预算', '政府性基金', '其他资金'][i]!, v, { line: 13 + i })),
    ],
  });

/** The real 2020 Wuhan 东湖 人社局 项目申报表: 项目支出明细 合计 over six lines, printed with two decimals. */
const wuhan = (...amounts: string[]) =>
  record({
    family: 'project-performance-goals',
    budgetParts: [
      part('项目支出明细', '合计', '6730.00', { sheet: 'Sheet1', cell: 'C27' }),
      ...[
        '1.就业和社会保险的管理支出',
        '2.对机关事业单位养老保险基金的补助',
        '3.财政对基本医疗保险基金的补助',
        '4.就业补助',
        '5.其他城市生活救助',
        '6.普惠金融发展支出',
      ].map((label, i) => part('项目支出明细', label, amounts[i]!, { sheet: 'Sheet1', cell: `C${28 + i}` })),
    ],
  });

testRecordRule(rule, {
  valid: [
    { name: 'real: Wuhan 2020 项目支出明细 合计 6730.00', record: wuhan('874.18', '3080.00', '1545.00', '1195.82', '10.00', '25.00') },
    { name: 'C: every 合计 equals its parts and 总额 = 基本 + 项目', record: sichuan('1500.5', ['1000.5', '800', '200.5', '0'], ['500', '500', '0', '0']) },
    { name: 'E: 年度资金总额 = 财政拨款 + 其他资金', record: funds('120', '100', '20') },
    { name: 'a central form: 年度资金总额 = 财政拨款 + 上年结转 + 其他资金', record: funds('2706.79', '2616.79', '0.00', '90.00') },
    { name: 'D: a 合计 row equal to its rows', record: hubei('3724.39', '3600', '100', '24.39') },
    { name: "总额 ≠ 基本 + 项目 is budget-identity's, not judged here", record: sichuan('1600', ['1000', '1000'], ['500', '500']) },
    { name: 'a part left empty is not printed', record: sichuan('1500', ['1000', '800', '200', ''], ['500', '500', '', '']) },
  ],
  invalid: [
    {
      name: "C: a part's cell holding two figures run together is read as none, and its line is not added up",
      record: sichuan('3582.69', ['2270.89', '2270.89', '', ''], ['1311.8', '1290.05 2.72', '', '19.03']),
      flags: [
        {
          severity: 'info',
          target: { kind: 'budget', field: 'expenditure.project' },
          actual: '1290.05 2.72',
          loc: { line: 7, column: 7 },
          message: '项目支出 财政拨款 printed as "1290.05 2.72" reads as no one figure: the line\'s parts are not added up',
        },
      ],
    },
    {
      name: 'the Wuhan table with two digits of 就业补助 swapped',
      record: wuhan('874.18', '3080.00', '1545.00', '1159.82', '10.00', '25.00'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: '项目支出明细' },
          expected: 6730,
          actual: 6694,
          loc: { sheet: 'Sheet1', cell: 'C27' },
          message:
            '项目支出明细 6730 against 1.就业和社会保险的管理支出 + 2.对机关事业单位养老保险基金的补助 + 3.财政对基本医疗保险基金的补助 + 4.就业补助 + 5.其他城市生活救助 + 6.普惠金融发展支出 = 6694 (万元)',
        },
      ],
    },
    {
      name: 'C: 基本支出 合计 is not its parts',
      record: sichuan('1500', ['1000', '800', '150', '0'], ['500', '500', '0', '0']),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'expenditure.basic' },
          expected: 1000,
          actual: 950,
          loc: { line: 7, column: 2 },
          message: '基本支出 1000 against 财政拨款 + 专户资金 + 单位资金 = 950 (万元)',
        },
      ],
    },
    {
      name: 'C: the 合计 column read as a part of 项目支出',
      record: (() => {
        const r = sichuan('1500', ['1000', '800', '200'], ['500']);
        r.budgetParts!.push(
          part('expenditure.project', '合计', '500', { line: 7, column: 6 }),
          part('expenditure.project', '财政拨款', '450', { line: 7, column: 7 }),
        );
        return r;
      })(),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'expenditure.project' },
          expected: 500,
          actual: 450,
          loc: { line: 7, column: 6 },
          message: '项目支出 合计 500 against 财政拨款 = 450 (万元)',
        },
      ],
    },
    {
      name: 'a central form whose 上年结转 does not make up the difference',
      record: funds('2706.79', '2616.79', '0.00', '80.00'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'project.funds.total' },
          expected: 2706.79,
          actual: 2696.79,
          loc: { line: 8 },
          message: '年度资金总额 2706.79 against 财政拨款 + 上年结转 + 其他资金 = 2696.79 (万元)',
        },
      ],
    },
    {
      name: 'E: 年度资金总额 is not 财政拨款 + 其他资金',
      record: funds('16', '16', '2'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'project.funds.total' },
          expected: 16,
          actual: 18,
          loc: { line: 8 },
          message: '年度资金总额 16 against 财政拨款 + 其他资金 = 18 (万元)',
        },
      ],
    },
    {
      name: 'D: a 合计 row off by rounding: info',
      record: hubei('100.1', '33.37', '33.37', '33.37'),
      flags: [
        {
          severity: 'info',
          target: { kind: 'budget', field: '资金来源合计' },
          expected: 100.1,
          actual: 100.11,
          loc: { line: 12 },
          message: '资金来源合计 100.1 against 一般公共预算 + 政府性基金 + 其他资金 = 100.11, equal at the printed precision',
        },
      ],
    },
  ],
});

describe('total-vs-parts with budget-identity', () => {
  it("总额 ≠ 基本支出 + 项目支出 is one flag, budget-identity's", () => {
    const flags = runRules(sichuan('1600', ['1000', '1000'], ['500', '500']), [budgetIdentity, rule]);
    expect(flags.map((f) => [f.rule, f.target.field, f.expected, f.actual])).toEqual([['budget-identity', 'expenditure', 1600, 1500]]);
  });
});
