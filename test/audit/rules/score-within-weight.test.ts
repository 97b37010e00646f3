import rule from '../../../src/audit/rules/score-within-weight.ts';
import { fundsLine, indicator, record, testRecordRule } from '../records.ts';

const execution = (weight: string, score: string) => ({
  lines: [fundsLine('年度资金总额', { weight, score })],
  totalScore: null,
  totalScoreRaw: null,
  loc: null,
});

testRecordRule(rule, {
  valid: [
    {
      name: 'G: full and partial marks',
      record: record({
        family: 'project-self-evaluation',
        execution: execution('10', '9.87'),
        indicators: [
          indicator(1, '农村公路养护里程', { value: '=125公里', weight: '20', actual: '130公里', score: '20' }),
          indicator(2, '群众满意度', { value: '≥90%', weight: '10', actual: '88%', score: '8.5' }),
        ],
      }),
    },
    {
      name: 'no score yet',
      record: record({ family: 'project-self-evaluation', indicators: [indicator(1, '指标名1', { value: '≥90%', weight: '10', actual: '' })] }),
    },
    {
      name: '10.00 against 10',
      record: record({
        family: 'project-self-evaluation',
        indicators: [indicator(1, '指标名1', { value: '≥90%', weight: '10', actual: '95%', score: '10.00' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'an indicator scoring above its weight',
      record: record({
        family: 'project-self-evaluation',
        indicators: [indicator(3, '培训人次', { value: '≥500人次', weight: '10', actual: '520人次', score: '12' })],
      }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 3 },
          expected: 10,
          actual: 12,
          loc: { line: 13 },
          message: '指标3 培训人次: 得分 12 is more than its 分值 10',
        },
      ],
    },
    {
      name: 'the funds line scoring above its 分值',
      record: record({ family: 'dept-overall-self-evaluation', execution: execution('10', '10.5') }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'execution.年度资金总额.score', index: 0 },
          expected: 10,
          actual: 10.5,
          loc: { line: 5 },
          message: '年度资金总额: 得分 10.5 is more than its 分值 10',
        },
      ],
    },
    {
      name: 'above only by the printed rounding: info',
      record: record({
        family: 'project-self-evaluation',
        indicators: [indicator(1, '指标名1', { value: '≥90%', weight: '3.335', actual: '95%', score: '3.34' })],
      }),
      flags: [
        {
          severity: 'info',
          target: { kind: 'indicator', no: 1 },
          expected: 3.335,
          actual: 3.34,
          loc: { line: 11 },
          message: '指标1 指标名1: 得分 3.34 is more than its 分值 3.335, equal at the printed precision',
        },
      ],
    },
  ],
});
