import { defineRule } from '../rule.ts';
import { printed, show } from '../printed.ts';

/** Full marks for a target the row itself says was not met: worth a look, not an error. */
export default defineRule({
  meta: {
    id: 'target-unmet',
    severity: 'info',
    description: 'Names each self-evaluation indicator whose actual value does not meet its numeric target while its 得分 is the full 分值.',
  },
  check(record, report) {
    for (const i of record.indicators) {
      if (i.met !== false) continue;
      const weight = printed(i.raw?.weight, i.weight);
      const score = printed(i.raw?.score, i.score);
      if (!weight || !score || !score.value.eq(weight.value)) continue;
      report({
        target: { kind: 'indicator', no: i.no },
        loc: i.loc,
        expected: i.value.number,
        actual: i.actual?.number ?? null,
        message: `指标${i.no} ${i.name}: target ${i.value.raw} not met (actual ${i.actual?.raw}) yet scored the full ${show(weight.value)} 分`,
      });
    }
  },
});
