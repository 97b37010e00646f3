import rule from '../../../src/audit/rules/target-unmet.ts';
import { indicator, record, testRecordRule } from '../records.ts';

testRecordRule(rule, {
  valid: [
    {
      name: 'unmet target, partial marks',
      record: record({
        family: 'project-self-evaluation',
        indicators: [indicator(1, '群众满意度', { value: '≥90%', weight: '10', actual: '88%', score: '8' })],
      }),
    },
    {
      name: 'met target, full marks',
      record: record({
        family: 'project-self-evaluation',
        indicators: [indicator(1, '投诉处理时限', { value: '≤5天', weight: '10', actual: '3天', score: '10' })],
      }),
    },
    {
      name: 'text target: met unknown',
      record: record({
        family: 'project-self-evaluation',
        indicators: [indicator(1, '服务质量', { value: '良好', weight: '10', actual: '优秀', score: '10' })],
      }),
    },
  ],
  invalid: [
    {
      name: '≥90% against 88% with full marks',
      record: record({
        family: 'project-self-evaluation',
        indicators: [indicator(2, '群众满意度', { value: '≥90%', weight: '10', actual: '88%', score: '10.0' })],
      }),
      flags: [
        {
          severity: 'info',
          target: { kind: 'indicator', no: 2 },
          expected: 90,
          actual: 88,
          loc: { line: 12 },
          message: '指标2 群众满意度: target ≥90% not met (actual 88%) yet scored the full 10 分',
        },
      ],
    },
  ],
});
