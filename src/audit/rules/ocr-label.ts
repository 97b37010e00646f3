import { defineRule } from '../rule.ts';

/** A label OCR misread by one character was matched to the dictionary: the value it introduces is used, and reported. */
export default defineRule({
  meta: {
    id: 'ocr-label',
    severity: 'warning',
    description: 'Reports header and budget labels that OCR misread by one character (项目冯出) and that were taken as the dictionary label (项目支出).',
  },
  check(record, report) {
    for (const r of record.repairedLabels) {
      const budget = r.field.startsWith('expenditure.') || r.field.startsWith('income.');
      report({
        target: { kind: budget ? 'budget' : 'document', field: r.field },
        loc: r.loc,
        expected: r.label,
        actual: r.read,
        message: `OCR read the label "${r.read}", taken as "${r.label}" (one character differs); check ${r.field} against the scan`,
      });
    }
  },
});
