// Task and indicator numbering, grouped the way the document numbers them (tasks restart per section).
// duplicate-number and number-gap share one reading of a sequence so that one misnumbered row is one flag.
import type { DisclosureRecord, Loc } from '../model/index.ts';

export type Numbered = { kind: 'task' | 'indicator'; section?: 'key' | 'other'; no: number; loc: Loc };

/** Only printed numbers can be wrong: a number taken from the row's position has no gap and no duplicate. */
const printedNo = (x: { numbered?: 'printed' | 'position' }) => x.numbered !== 'position';

/** Printed-numbered items in document order, one list per numbering sequence. */
export function numberingGroups(record: DisclosureRecord): Numbered[][] {
  const tasks = record.tasks.filter(printedNo);
  const key = tasks.filter((t) => t.section === 'key').map((t): Numbered => ({ kind: 'task', section: 'key', no: t.no, loc: t.loc }));
  const other = tasks.filter((t) => t.section === 'other').map((t): Numbered => ({ kind: 'task', section: 'other', no: t.no, loc: t.loc }));
  const inds = record.indicators.filter(printedNo).map((i): Numbered => ({ kind: 'indicator', no: i.no, loc: i.loc }));
  return [key, other, inds].filter((g) => g.length > 0);
}

export const label = (n: Numbered) => (n.kind === 'task' ? `任务${n.no}` : `指标${n.no}`);

export type Duplicate = {
  item: Numbered;
  /** 0-based position of the number's first use in the sequence. */
  first: number;
  /** The number this row should have carried, counting on from the row before. */
  expected: number;
  /** True when no row carries `expected`: the duplicate is a misnumbered row, and the gap it leaves is its own. */
  fillsGap: boolean;
};
export type Gap = { item: Numbered; missing: number[] };

/**
 * Duplicates and gaps of one sequence. A repeated number is read as the row that should have carried the next
 * number (33, 33, 35: the second 33 is 34), so a number it stands for is not reported again as a gap.
 */
export function analyseSequence(group: Numbered[]): { duplicates: Duplicate[]; gaps: Gap[] } {
  const present = new Set(group.map((g) => g.no));
  const firstAt = new Map<number, number>();
  const duplicates: Duplicate[] = [];
  const accounted = new Set<number>();
  let next = 1;
  group.forEach((item, i) => {
    const first = firstAt.get(item.no);
    if (first === undefined) {
      firstAt.set(item.no, i);
      next = item.no + 1;
      return;
    }
    const fillsGap = !present.has(next) && !accounted.has(next);
    if (fillsGap) accounted.add(next);
    duplicates.push({ item, first, expected: next, fillsGap });
    next += 1;
  });
  const gaps: Gap[] = [];
  const reported = new Set<number>();
  for (const item of group) {
    const missing: number[] = [];
    for (let n = item.no - 1; n >= 1 && !present.has(n) && !reported.has(n); n--) missing.unshift(n);
    missing.forEach((n) => reported.add(n));
    const unexplained = missing.filter((n) => !accounted.has(n));
    if (unexplained.length > 0) gaps.push({ item, missing: unexplained });
  }
  return { duplicates, gaps };
}
