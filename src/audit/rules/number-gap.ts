import { defineRule } from '../rule.ts';
import { label, numberingGroups } from '../numbering.ts';

/** A number missing from a task or indicator sequence; reported at the row after the gap. */
export default defineRule({
  meta: { id: 'number-gap', severity: 'warning', description: 'Reports task or indicator numbers skipped in a sequence (1, 2, 4 …), at the row that follows the gap.' },
  check(record, report) {
    for (const group of numberingGroups(record)) {
      const present = new Set(group.map((g) => g.no));
      const reported = new Set<number>();
      for (const item of group) {
        const missing: number[] = [];
        for (let n = item.no - 1; n >= 1 && !present.has(n) && !reported.has(n); n--) missing.unshift(n);
        if (missing.length === 0) continue;
        missing.forEach((n) => reported.add(n));
        report({
          target: { kind: item.kind, no: item.no, ...(item.section ? { section: item.section } : {}) }, loc: item.loc,
          expected: missing[0]!, actual: item.no,
          message: `numbering skips ${missing.join(', ')} before ${label(item)}`,
        });
      }
    }
  },
});
