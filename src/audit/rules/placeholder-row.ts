import { defineRule } from '../rule.ts';

/** The template's empty example row ("任务1: ..... 0"): not a task, noted so nothing vanishes silently. */
export default defineRule({
  meta: { id: 'placeholder-row', severity: 'info', description: 'Notes template placeholder rows (任务1: ..... 0) that were not taken as tasks.' },
  check(record, report) {
    for (const r of record.unreadRows) {
      if (r.reason === 'placeholder')
        report({
          target: { kind: 'row', section: r.section === 'other' ? 'other' : 'key' },
          loc: r.loc,
          actual: r.cells.filter(Boolean).join(' | '),
          message: `placeholder row in the ${r.section} section was not taken as a task`,
        });
    }
  },
});
