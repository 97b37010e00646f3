import rule from '../../../src/audit/rules/unevaluated-row.ts';
import { indicator, record, testRecordRule } from '../records.ts';

testRecordRule(rule, {
  valid: [
    {
      name: 'G: every row evaluated',
      record: record({
        family: 'project-self-evaluation',
        indicators: [
          indicator(1, '农村公路养护里程', { value: '=125公里', weight: '20', actual: '130公里', score: '20' }),
          indicator(2, '群众满意度', { value: '≥90%', weight: '10', actual: '良好', score: '8' }),
        ],
      }),
    },
    {
      name: 'a targets table has no actual values to miss',
      record: record({ family: 'project-performance-goals', indicators: [indicator(1, '群众满意度', { value: '≥90%', weight: '10' })] }),
    },
    {
      name: 'the form has no 得分 column (a 2021 Chongqing 项目支出绩效自评表)',
      record: record({
        family: 'project-self-evaluation',
        indicators: [
          indicator(1, '新增区级创业孵化基地数量', { value: '≥1个', weight: '15', actual: '3个' }),
          indicator(2, '社会保险补贴发放准确率', { value: '≥95%', weight: '5', actual: '100%' }),
        ],
      }),
    },
    {
      name: 'a score of 0 is a score',
      record: record({
        family: 'dept-overall-self-evaluation',
        indicators: [indicator(1, '群众满意度', { value: '≥90%', weight: '10', actual: '60%', score: '0' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'no 完成值, no 得分',
      record: record({
        family: 'project-self-evaluation',
        indicators: [
          indicator(3, '道路养护里程', { value: '≥125公里', weight: '10', actual: '130公里', score: '10' }),
          indicator(4, '道路完好率', { value: '≥90%', weight: '10', actual: '', score: '' }),
        ],
      }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 4 },
          loc: { line: 14 },
          message: '指标4 道路完好率 has no 实际完成值 and no 得分: the row was not evaluated',
        },
      ],
    },
    {
      name: 'a dash for the 完成值; a 得分 never read',
      record: record({
        family: 'dept-overall-self-evaluation',
        indicators: [
          indicator(1, '培训人次', { value: '≥500人次', weight: '10', actual: '—', score: '10' }),
          indicator(2, '群众满意度', { value: '≥90%', weight: '10', actual: '95%' }),
        ],
      }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 1, field: 'actual' },
          loc: { line: 11 },
          message: '指标1 培训人次 has no 实际完成值: the row was not evaluated',
        },
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 2, field: 'score' },
          loc: { line: 12 },
          message: '指标2 群众满意度 has no 得分: the row was not evaluated',
        },
      ],
    },
    {
      name: 'a 得分 column empty on every row: each row was not evaluated',
      record: record({
        family: 'project-self-evaluation',
        indicators: [
          indicator(1, '培训人次', { value: '≥500人次', weight: '50', actual: '520人次', score: '' }),
          indicator(2, '群众满意度', { value: '≥90%', weight: '50', actual: '', score: '' }),
        ],
      }),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 1, field: 'score' },
          loc: { line: 11 },
          message: '指标1 培训人次 has no 得分: no row of the table has one: the self-evaluation was published unfilled',
        },
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 2 },
          loc: { line: 12 },
          message: '指标2 群众满意度 has no 实际完成值 and no 得分: the row was not evaluated',
        },
      ],
    },
  ],
});
