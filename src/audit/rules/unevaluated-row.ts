import type { Family, Indicator } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

const SELF_EVALUATIONS: ReadonlySet<Family> = new Set(['dept-overall-self-evaluation', 'project-self-evaluation']);
/** A cell that says nothing: empty, or only a dash or slash. */
const EMPTY = /^[\s\-—–/\\]*$/u;

const blank = (raw: string | null | undefined) => raw == null || EMPTY.test(raw);

type Column = { field: 'actual' | 'score'; label: string; empty: (i: Indicator) => boolean; absent: (i: Indicator) => boolean };

const COLUMNS: readonly Column[] = [
  { field: 'actual', label: '实际完成值', empty: (i) => !i.actual || (i.actual.number == null && blank(i.actual.raw)), absent: (i) => i.actual === undefined },
  { field: 'score', label: '得分', empty: (i) => i.score == null && blank(i.raw?.score), absent: (i) => i.score === undefined },
];

/** A published self-evaluation whose indicator has no 实际完成值 or no 得分 was not evaluated on that row. */
export default defineRule({
  meta: {
    id: 'unevaluated-row',
    severity: 'warning',
    description: 'Reports a self-evaluation indicator whose 实际完成值 or 得分 is empty (a column the form does not have is not missed).',
  },
  check(record, report) {
    if (!SELF_EVALUATIONS.has(record.family) || record.indicators.length === 0) return;
    // Undefined on every row means the reader found no such column: some forms (a 2021 Chongqing 项目支出绩效自评表)
    // have 完成值 but no 得分 at all. A column the form prints and leaves empty on every row is a self-evaluation
    // published unfilled (a 2023 Sichuan 青神 form kept its template text): every row of it was not evaluated.
    const printed = COLUMNS.filter((c) => !record.indicators.every(c.absent));
    const unfilled = printed.filter((c) => record.indicators.every(c.empty));
    for (const i of record.indicators) {
      const empty = printed.filter((c) => c.empty(i));
      if (empty.length === 0) continue;
      const why = empty.every((c) => unfilled.includes(c))
        ? 'no row of the table has one: the self-evaluation was published unfilled'
        : 'the row was not evaluated';
      report({
        target: { kind: 'indicator', no: i.no, ...(empty.length === 1 ? { field: empty[0]!.field } : {}) },
        loc: i.loc,
        message: `指标${i.no} ${i.name} has no ${empty.map((c) => c.label).join(' and no ')}: ${why}`,
      });
    }
  },
});
