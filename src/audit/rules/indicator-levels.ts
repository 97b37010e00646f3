import { defineRule } from '../rule.ts';

/** Indicators whose 一级/二级指标 the document does not state on their rows (OCR cut the labels away). */
export default defineRule({
  meta: { id: 'indicator-levels', severity: 'info', description: 'Notes runs of indicators whose level labels are not stated (left null, never guessed).' },
  check(record, report) {
    let run: typeof record.indicators = [];
    const flush = () => {
      if (run.length === 0) return;
      const [first, last] = [run[0]!, run[run.length - 1]!];
      report({
        target: { kind: 'indicator', no: first.no, field: 'level1' },
        loc: first.loc,
        message: `${run.length === 1 ? `指标${first.no} has` : `指标${first.no}–${last.no} have`} no 一级/二级指标 on their rows; left null`,
      });
      run = [];
    };
    for (const ind of record.indicators) {
      if (ind.level1 === null && ind.level2 === null) run.push(ind);
      else flush();
    }
    flush();
  },
});
