import { defineRule } from '../rule.ts';
import { analyseSequence, label, numberingGroups } from '../numbering.ts';

/** A number missing from a task or indicator sequence; reported at the row after the gap. */
export default defineRule({
  meta: {
    id: 'number-gap',
    severity: 'warning',
    description:
      "Reports task or indicator numbers skipped in a sequence (1, 2, 4 …), at the row that follows the gap; a gap a repeated number stands in for is duplicate-number's.",
  },
  check(record, report) {
    for (const group of numberingGroups(record)) {
      for (const { item, missing } of analyseSequence(group).gaps) {
        report({
          target: { kind: item.kind, no: item.no, ...(item.section ? { section: item.section } : {}) },
          loc: item.loc,
          expected: missing[0]!,
          actual: item.no,
          message: `numbering skips ${missing.join(', ')} before ${label(item)}`,
        });
      }
    }
  },
});
