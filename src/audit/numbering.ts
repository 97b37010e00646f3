// Task and indicator numbering, grouped the way the document numbers them (tasks restart per section).
import type { DisclosureRecord, Loc } from '../model/index.ts';

export type Numbered = { kind: 'task' | 'indicator'; section?: 'key' | 'other'; no: number; loc: Loc };

/** Numbered items in document order, one list per numbering sequence. */
export function numberingGroups(record: DisclosureRecord): Numbered[][] {
  const key = record.tasks.filter((t) => t.section === 'key').map((t): Numbered => ({ kind: 'task', section: 'key', no: t.no, loc: t.loc }));
  const other = record.tasks.filter((t) => t.section === 'other').map((t): Numbered => ({ kind: 'task', section: 'other', no: t.no, loc: t.loc }));
  const inds = record.indicators.map((i): Numbered => ({ kind: 'indicator', no: i.no, loc: i.loc }));
  return [key, other, inds].filter((g) => g.length > 0);
}

export const label = (n: Numbered) => (n.kind === 'task' ? `任务${n.no}` : `指标${n.no}`);
