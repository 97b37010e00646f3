import { defineRule } from '../rule.ts';
import type { Indicator, Task } from '../../model/index.ts';

/** A cell's words for comparing two rows: spacing and character width aside. */
const words = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/gu, '');

/** What makes a task row the same row: its section, name, content, amount and goal as printed. */
const taskKey = (t: Task) => [t.section, t.name, t.content, t.amountRaw ?? (t.amount === null ? '' : String(t.amount)), t.goal].map(words).join('\u0001');
/** What makes an indicator row the same row: its levels, name and every value it prints. */
const indicatorKey = (i: Indicator) => [i.level1, i.level2, i.name, i.value.raw, i.actual?.raw, i.raw?.weight, i.raw?.score].map(words).join('\u0001');

/**
 * A row printed twice, word for word: a copy left in the form. Its amount or weight counts twice in the totals. A
 * row whose printed number repeats too is duplicate-number's to name; here the numbers differ (or none is printed).
 */
export default defineRule({
  meta: {
    id: 'duplicate-row',
    severity: 'warning',
    description:
      'Reports a task or indicator row that repeats an earlier row of its table word for word (name, content or target, amount or weight) under another number.',
  },
  check(record, report) {
    const repeats = <T extends { no: number; numbered?: 'printed' | 'position'; name: string; loc: Task['loc'] }>(
      rows: readonly T[],
      key: (row: T) => string,
      kind: 'task' | 'indicator',
      what: string,
    ) => {
      const first = new Map<string, T>();
      for (const row of rows) {
        if (words(row.name) === '') continue;
        const k = key(row);
        const earlier = first.get(k);
        if (!earlier) {
          first.set(k, row);
          continue;
        }
        if (earlier.no === row.no && earlier.numbered === 'printed' && row.numbered === 'printed') continue;
        const section = kind === 'task' ? { section: (row as unknown as Task).section } : {};
        report({
          target: { kind, no: row.no, ...section },
          loc: row.loc,
          actual: row.name,
          message: `${kind === 'task' ? '任务' : '指标'}${row.no} repeats ${kind === 'task' ? '任务' : '指标'}${earlier.no} word for word (${what}): a row printed twice counts twice in the table's totals`,
        });
      }
    };
    repeats(record.tasks, taskKey, 'task', 'name, content, amount and goal');
    repeats(record.indicators, indicatorKey, 'indicator', 'levels, name and values');
  },
});
