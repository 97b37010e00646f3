import type { Family } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

const SELF_EVALUATIONS: ReadonlySet<Family> = new Set(['dept-overall-self-evaluation', 'project-self-evaluation']);
/** A cell that says nothing: empty, or only a dash or slash. */
const EMPTY = /^[\s\-—–/\\]*$/u;

const blank = (raw: string | null | undefined) => raw == null || EMPTY.test(raw);

/** A published self-evaluation whose indicator has no 实际完成值 or no 得分 was not evaluated on that row. */
export default defineRule({
  meta: { id: 'unevaluated-row', severity: 'warning', description: 'Reports a self-evaluation indicator whose 实际完成值 or 得分 is empty.' },
  check(record, report) {
    if (!SELF_EVALUATIONS.has(record.family)) return;
    for (const i of record.indicators) {
      const noActual = !i.actual || (i.actual.number == null && blank(i.actual.raw));
      const noScore = i.score == null && blank(i.raw?.score);
      const empty = [noActual ? '实际完成值' : null, noScore ? '得分' : null].filter((x) => x !== null);
      if (empty.length === 0) continue;
      report({
        target: { kind: 'indicator', no: i.no, ...(empty.length === 1 ? { field: noActual ? 'actual' : 'score' } : {}) }, loc: i.loc,
        message: `指标${i.no} ${i.name} has no ${empty.join(' and no ')}: the row was not evaluated`,
      });
    }
  },
});
