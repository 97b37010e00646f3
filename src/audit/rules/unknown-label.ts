import { defineRule } from '../rule.ts';

/** A header cell the family's dictionary does not know: its column was kept out of the record, so say so. */
export default defineRule({
  meta: {
    id: 'unknown-label',
    severity: 'info',
    description: 'Reports table header cells the reader does not know, whose columns were not read into the record.',
  },
  check(record, report) {
    for (const u of record.unknownLabels ?? []) {
      report({
        target: { kind: 'document', field: u.where },
        loc: u.loc,
        actual: u.label,
        message: `the ${u.where} has a column "${u.label}" the reader does not know; its cells were not read`,
      });
    }
  },
});
