import { defineRule } from '../rule.ts';
import { label, numberingGroups } from '../numbering.ts';

/** The same task or indicator number used twice in one sequence. */
export default defineRule({
  meta: { id: 'duplicate-number', severity: 'warning', description: 'Reports a task or indicator number that occurs more than once in its sequence.' },
  check(record, report) {
    for (const group of numberingGroups(record)) {
      const seen = new Map<number, number>();
      group.forEach((item, i) => {
        if (seen.has(item.no)) {
          report({
            target: { kind: item.kind, no: item.no, ...(item.section ? { section: item.section } : {}) }, loc: item.loc,
            expected: i > 0 ? group[i - 1]!.no + 1 : 1, actual: item.no,
            message: `${label(item)} appears again (first at item ${seen.get(item.no)! + 1} of the sequence)`,
          });
        } else seen.set(item.no, i);
      });
    }
  },
});
