import rule from '../../../src/audit/rules/scores-sum.ts';
import type { Indicator } from '../../../src/model/index.ts';
import { fundsLine, indicator, record, testRecordRule } from '../records.ts';

const scored = (...scores: string[]): Indicator[] =>
  scores.map((s, i) => indicator(i + 1, `指标名${i + 1}`, { value: '≥90%', weight: '45', actual: '95%', score: s }));
const execution = (score: string | null, totalScoreRaw: string | null) => ({
  lines: [fundsLine('年度资金总额', { weight: '10', ...(score !== null ? { score } : {}) }), fundsLine('其中:当年财政拨款', {}, 6)],
  totalScore: totalScoreRaw === null ? null : Number(totalScoreRaw),
  totalScoreRaw,
  loc: { line: 40 },
});
const total = (score: string) => ({ weight: null, score: Number(score), raw: { score }, loc: { line: 30 } });

testRecordRule(rule, {
  valid: [
    {
      name: 'G: funds 9.87 + indicators 45 + 40 = 总分 94.87',
      record: record({ family: 'project-self-evaluation', indicators: scored('45', '40'), execution: execution('9.87', '94.87') }),
    },
    {
      name: 'H: indicator 合计 85 and 总分 94.87 both printed',
      record: record({ family: 'project-self-evaluation', indicators: scored('45', '40'), indicatorTotal: total('85'), execution: execution('9.87', '94.87') }),
    },
    {
      name: 'indicators alone add up to the 总分',
      record: record({ family: 'dept-overall-self-evaluation', indicators: scored('50', '42.5'), execution: execution(null, '92.5') }),
    },
    { name: 'no total printed', record: record({ family: 'project-self-evaluation', indicators: scored('45', '40') }) },
    {
      name: "a row without a score is unevaluated-row's",
      record: record({
        family: 'project-self-evaluation',
        indicators: [...scored('45'), indicator(2, '指标名2', { value: '≥90%', weight: '45', actual: '' })],
        execution: execution('10', '90'),
      }),
    },
  ],
  invalid: [
    {
      name: 'G: 总分 not the sum',
      record: record({ family: 'project-self-evaluation', indicators: scored('45', '40'), execution: execution('9.87', '92.5') }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'document', field: 'execution.totalScore' },
          expected: 92.5,
          actual: 94.87,
          loc: { line: 40 },
          message: "indicator scores plus the funds block's 得分 add up to 94.87 against the printed 总分 92.5",
        },
      ],
    },
    {
      name: 'H: the indicator 合计 wrong, the 总分 right',
      record: record({ family: 'project-self-evaluation', indicators: scored('45', '40'), indicatorTotal: total('80'), execution: execution('9.87', '94.87') }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'document', field: 'indicatorTotal.score' },
          expected: 80,
          actual: 85,
          loc: { line: 30 },
          message: 'indicator scores add up to 85 against the printed 合计 80',
        },
      ],
    },
    {
      name: 'the 总分 rounded to one decimal: info',
      record: record({ family: 'project-self-evaluation', indicators: scored('45.33', '40.33'), execution: execution('9.87', '95.5') }),
      flags: [
        {
          severity: 'info',
          target: { kind: 'document', field: 'execution.totalScore' },
          expected: 95.5,
          actual: 95.53,
          loc: { line: 40 },
          message: "indicator scores plus the funds block's 得分 add up to 95.53 against the printed 总分 95.5, equal at the printed precision",
        },
      ],
    },
  ],
});
