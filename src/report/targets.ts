// Which element of a document's section a flag points at, so every flag can link to (and light up) its row.
import type { DisclosureRecord, Flag, Severity } from '../model/index.ts';
import { safeId } from './escape.ts';
import { sameLoc } from '../model/index.ts';

/** Element ids inside document number `d`; the same function names them when rendering and when linking. */
export const ids = {
  doc: (d: number) => `doc-${d}`,
  task: (d: number, section: string, no: number) => safeId(`d${d}`, 'task', section, no),
  indicator: (d: number, no: number) => safeId(`d${d}`, 'ind', no),
  formula: (d: number, index: number) => safeId(`d${d}`, 'formula', index),
  budget: (d: number, field: string) => safeId(`d${d}`, 'budget', field),
  row: (d: number, index: number) => safeId(`d${d}`, 'row', index),
  sheetFormula: (d: number, index: number) => safeId(`d${d}`, 'sheetformula', index),
};

/** The id of the element a flag is about; the document's heading when nothing closer exists. */
export function flagTargetId(d: number, r: DisclosureRecord, f: Flag): string {
  const t = f.target;
  switch (t.kind) {
    case 'task': {
      const task = r.tasks.find((x) => x.no === t.no && (!t.section || x.section === t.section));
      return task ? ids.task(d, task.section, task.no) : ids.doc(d);
    }
    case 'indicator':
      return r.indicators.some((x) => x.no === t.no) ? ids.indicator(d, t.no!) : ids.doc(d);
    case 'formula': {
      const i = t.index ?? r.formulas.findIndex((x) => sameLoc(x.loc, f.loc));
      return i >= 0 && i < r.formulas.length ? ids.formula(d, i) : ids.doc(d);
    }
    case 'budget':
      return budgetRowId(d, t.field);
    case 'row': {
      const i = r.unreadRows.findIndex((x) => sameLoc(x.loc, f.loc));
      return i >= 0 ? ids.row(d, i) : ids.doc(d);
    }
    case 'sheetFormula': {
      const i = t.index ?? r.sheetFormulas.findIndex((x) => x.sheet === f.loc.sheet && x.cell === f.loc.cell);
      return i >= 0 && i < r.sheetFormulas.length ? ids.sheetFormula(d, i) : ids.doc(d);
    }
    default:
      return ids.doc(d);
  }
}

/** Budget flags name a line ("expenditure.basic") or an identity check ("expenditure", "income", "balance"). */
export function budgetRowId(d: number, field: string | undefined): string {
  return ids.budget(d, field ?? 'balance');
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The worse of two severities. */
export const worse = (a: Severity | undefined, b: Severity): Severity => (a && RANK[a] >= RANK[b] ? a : b);

/** For each flagged element: the worst severity, and the fields flagged in it (to highlight those cells). */
export type FlagMarks = Map<string, { severity: Severity; fields: Set<string> }>;

/** Marks of one document's flags, keyed by element id. */
export function flagMarks(d: number, r: DisclosureRecord): FlagMarks {
  const marks: FlagMarks = new Map();
  for (const f of r.flags) {
    const id = flagTargetId(d, r, f);
    const m = marks.get(id) ?? { severity: f.severity, fields: new Set<string>() };
    m.severity = worse(m.severity, f.severity);
    if (f.target.field) m.fields.add(f.target.field);
    marks.set(id, m);
  }
  return marks;
}
