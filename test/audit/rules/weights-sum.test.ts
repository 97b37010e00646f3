import rule from '../../../src/audit/rules/weights-sum.ts';
import { fundsLine, indicator, record, testRecordRule } from '../records.ts';

const weighted = (...weights: string[]) => weights.map((w, i) => indicator(i + 1, `指标名${i + 1}`, { value: '≥90%', weight: w }));
const total = (weight: string, line = 30) => ({ weight: Number(weight), score: null, raw: { weight }, loc: { line } });
const funds = (weight: string) => ({
  lines: [fundsLine('年度资金总额', { weight }), fundsLine('其中:当年财政拨款', {}, 6)],
  totalScore: null,
  totalScoreRaw: null,
  loc: null,
});

/** The real 2021 Chongqing 渝中区 项目支出绩效自评表 (就业补助资金): 16 indicators, 指标权重 and 全年完成值, no 得分. */
const CHONGQING_WEIGHTS = ['15', '5', '5', '5', '5', '5', '5', '5', '5', '15', '8', '10', '2', '6', '2', '2'];
const chongqing = (weights: string[]) =>
  record({
    family: 'project-self-evaluation',
    indicators: weights.map((w, i) => ({
      ...indicator(i + 1, `指标名${i + 1}`, { value: '≥95%', weight: w, actual: '100%' }),
      loc: { sheet: '就业补助资金', cell: `F${11 + i}` },
    })),
  });

testRecordRule(rule, {
  valid: [
    { name: 'real: Chongqing 2021 self-evaluation, 16 weights = 100', record: chongqing(CHONGQING_WEIGHTS) },
    { name: 'B: weights add up to 100, no 合计 printed', record: record({ indicators: weighted('30', '30', '20', '20') }) },
    {
      name: 'H: indicator table of 90 分 with its printed 合计 90',
      record: record({ family: 'project-self-evaluation', indicators: weighted('50', '40'), indicatorTotal: total('90') }),
    },
    {
      name: 'G: funds 10 + indicators 90 = 100, no 合计 printed',
      record: record({ family: 'project-self-evaluation', indicators: weighted('50', '40'), execution: funds('10') }),
    },
    {
      name: 'G: the 总分 row prints 100 over funds 10 + indicators 90',
      record: record({ family: 'project-self-evaluation', indicators: weighted('50', '40'), execution: funds('10'), indicatorTotal: total('100') }),
    },
    {
      name: 'self-evaluation whose indicators alone carry 100',
      record: record({ family: 'dept-overall-self-evaluation', indicators: weighted('60', '40'), execution: funds('10') }),
    },
    {
      name: 'no weight column at all',
      record: record({ indicators: [indicator(1, '指标名1', { value: '≥90%' }), indicator(2, '指标名2', { value: '100%' })] }),
    },
    { name: 'a row without a weight: not judged', record: record({ indicators: [...weighted('30', '30'), indicator(3, '指标名3', { value: '≥90%' })] }) },
    { name: '10.00 printed with decimals', record: record({ indicators: weighted('50.00', '50.00') }) },
  ],
  invalid: [
    {
      name: 'the Chongqing table with its first weight 15 misprinted 10',
      record: chongqing(['10', ...CHONGQING_WEIGHTS.slice(1)]),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'document', field: 'indicators.weight' },
          expected: 100,
          actual: 95,
          loc: { sheet: '就业补助资金', cell: 'F11' },
          message: 'indicator weights add up to 95 against 100 (no 合计 printed)',
        },
      ],
    },
    {
      name: 'B: weights add up to 95',
      record: record({ indicators: weighted('30', '30', '20', '15') }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'document', field: 'indicators.weight' },
          expected: 100,
          actual: 95,
          loc: { line: 11 },
          message: 'indicator weights add up to 95 against 100 (no 合计 printed)',
        },
      ],
    },
    {
      name: 'weights against the printed 合计',
      record: record({ indicators: weighted('30', '30', '30'), indicatorTotal: total('100') }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'document', field: 'indicators.weight' },
          expected: 100,
          actual: 90,
          loc: { line: 30 },
          message: 'indicator weights add up to 90 against the printed 合计 100',
        },
      ],
    },
    {
      name: 'thirds printed to two decimals: info',
      record: record({ indicators: weighted('33.33', '33.33', '33.33') }),
      flags: [
        {
          severity: 'info',
          target: { kind: 'document', field: 'indicators.weight' },
          expected: 100,
          actual: 99.99,
          loc: { line: 11 },
          message: 'indicator weights add up to 99.99 against 100 (no 合计 printed), equal at the printed precision',
        },
      ],
    },
    {
      name: 'G: funds 10 + indicators 85',
      record: record({ family: 'project-self-evaluation', indicators: weighted('45', '40'), execution: funds('10') }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'document', field: 'indicators.weight' },
          expected: 100,
          actual: 95,
          loc: { line: 11 },
          message: "indicator weights plus the funds block's 分值 add up to 95 against 100 (no 合计 printed)",
        },
      ],
    },
  ],
});
