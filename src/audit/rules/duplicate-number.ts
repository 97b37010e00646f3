import { defineRule } from '../rule.ts';
import { analyseSequence, label, numberingGroups } from '../numbering.ts';

/** The same task or indicator number used twice in one sequence. */
export default defineRule({
  meta: {
    id: 'duplicate-number',
    severity: 'warning',
    description:
      'Reports a task or indicator number that occurs more than once in its sequence, naming the number the row should have carried when that one is missing.',
  },
  check(record, report) {
    for (const group of numberingGroups(record)) {
      for (const { item, first, expected, fillsGap } of analyseSequence(group).duplicates) {
        const missing = { ...item, no: expected };
        report({
          target: { kind: item.kind, no: item.no, ...(item.section ? { section: item.section } : {}) },
          loc: item.loc,
          expected,
          actual: item.no,
          message:
            `${label(item)} appears again (first at item ${first + 1} of the sequence)` +
            (fillsGap ? `; ${label(missing)} is missing, so this row is probably ${label(missing)}` : ''),
        });
      }
    }
  },
});
