// Title, department facts, overall goal and the budget block: label cells followed by their value cells.
import type { Budget, DisclosureRecord } from '../model/index.ts';
import type { BudgetField, PipelineDefinition } from './pipeline.ts';
import { keysOf, nextText, type Row } from './rows.ts';
import { readNumber } from './numbers.ts';
import { nearestLabel } from './ocr-labels.ts';
import { INDICATOR_MARKER, TASK_MARKER } from '../parse/shared/markers.ts';
import type { Cell } from '../parse/grid.ts';

type Header = Pick<DisclosureRecord, 'title' | 'year' | 'department' | 'overallGoal' | 'budget' | 'repairedLabels'>;

const YEAR = /((?:19|20)\d{2})\s*年/u;
/** The record field each non-budget label fills, for the repairs list. */
const FIELD_PATH: Record<string, string> = { name: 'department.name', staff: 'department.staffCount', units: 'department.subordinateUnits', goal: 'overallGoal' };
const UNIT_IN_LABEL = /\((亿元|万元|元)\)/u;
/** A budget cell may repeat the block's unit after its number (1255.02万元); another unit leaves it unread. */
const unitSuffix = (unit: string) => new RegExp(`(?<![万亿])${unit}$`, 'u');

/** Collect the header facts from every label row of the document (first occurrence wins). */
export function readHeader(rows: Row[], p: PipelineDefinition): Header {
  const h: Header = {
    title: null, year: null,
    department: { name: null, staffCount: null, subordinateUnits: null },
    overallGoal: null,
    budget: emptyBudget(),
    repairedLabels: [],
  };
  const labelOf = indexLabels(p);
  let unitSeen = false;
  // Header labels stand above the tasks; past the first task or indicator an OCR'd word is not repaired into one.
  let inHeader = true;
  h.title = findTitle(rows, p);
  h.year = Number(YEAR.exec(h.title ?? '')?.[1]) || null;
  for (const row of rows) {
    if (row.kind !== 'row') continue;
    const keys = keysOf(row);
    if (keys.some((k) => TASK_MARKER.test(k) || INDICATOR_MARKER.test(k))) inHeader = false;
    let pairIndex = 0;
    keys.forEach((key, i) => {
      if (!unitSeen && UNIT_IN_LABEL.test(key)) {
        h.budget.unit = UNIT_IN_LABEL.exec(key)![1]!;
        unitSeen = true;
      }
      const cell = row.cells[i]!;
      const repairedTo = !labelOf.has(key) && inHeader && cell.origin === 'ocr' ? nearestLabel(key, labelOf.keys()) : null;
      const field = labelOf.get(repairedTo ?? key);
      // A bare 合计 below the first task totals the tasks, not the budget block.
      if (!field || (field === 'total' && !inHeader)) return;
      let filled: string | null = null;
      if (field === 'total' || field.startsWith('budget:')) {
        const path = field === 'total' ? (pairIndex === 0 ? 'expenditure.total' : 'income.total') : (field.slice(7) as BudgetField);
        if (setBudget(h.budget, path, row, i, unitSuffix(h.budget.unit))) filled = path;
        pairIndex++;
      } else if (setFact(h, field, nextText(row, i)?.text ?? null)) {
        filled = FIELD_PATH[field]!;
      }
      if (repairedTo && filled) h.repairedLabels.push(repair(filled, repairedTo, cell));
    });
  }
  return h;
}

/** The family's title: a heading first, else a text line or a one-cell row (a page's <title> comes last). */
function findTitle(rows: Row[], p: PipelineDefinition): string | null {
  const single = (row: Row) => {
    const texts = row.cells.map((c) => c.text).filter((t) => t !== '');
    return texts.length === 1 && p.title.test(texts[0]!) ? texts[0]! : null;
  };
  for (const kind of ['heading', 'row', 'text'] as const) {
    for (const row of rows) if (row.kind === kind && single(row)) return single(row);
  }
  return null;
}

/** label key → what it labels. */
function indexLabels(p: PipelineDefinition): Map<string, string> {
  const m = new Map<string, string>();
  const add = (labels: readonly string[], field: string) => labels.forEach((l) => m.set(l, field));
  add(p.labels.departmentName, 'name');
  add(p.labels.staffCount, 'staff');
  add(p.labels.subordinateUnits, 'units');
  add(p.labels.overallGoal, 'goal');
  add(p.labels.budgetTotal, 'total');
  for (const [field, labels] of Object.entries(p.labels.budget)) add(labels, `budget:${field}`);
  return m;
}

/** Fill a department fact or the goal unless an earlier label did; true when this label did. */
function setFact(h: Header, field: string, v: string | null): boolean {
  const d = h.department;
  if (field === 'name' && d.name === null) return (d.name = v) !== null;
  if (field === 'staff' && d.staffCount === null) return (d.staffCount = intOf(v)) !== null;
  if (field === 'units' && d.subordinateUnits === null) return (d.subordinateUnits = intOf(v)) !== null;
  if (field === 'goal' && h.overallGoal === null) return (h.overallGoal = v) !== null;
  return false;
}

const repair = (field: string, label: string, cell: Cell) => ({ field, label, read: cell.text, loc: cell.loc });

/** The value of a budget label is the cell right after it: an empty cell means "not stated" (null). True when set. */
function setBudget(b: Budget, field: BudgetField, row: Row, i: number, unit: RegExp): boolean {
  if (field in b.raw) return false;
  const cell = row.cells[i + 1];
  if (!cell) return false;
  const n = readNumber(cell.text, { stripUnit: unit });
  if (cell.text !== '' && !n) return false; // a sub-header such as 预算金额(万元), not a value
  const [side, key] = field.split('.') as ['expenditure' | 'income', string];
  (b[side] as Record<string, number | null>)[key] = n ? n.value : null;
  b.raw[field] = cell.text;
  b.loc[field] = cell.loc;
  return true;
}

function intOf(v: string | null): number | null {
  const n = readNumber(v?.replace(/[人个家]$/u, '') ?? null);
  return n && Number.isInteger(n.value) ? n.value : null;
}

function emptyBudget(): Budget {
  return {
    unit: '万元',
    expenditure: { basic: null, project: null, developmentSpecial: null, developmentOther: null, total: null },
    income: { fiscalAppropriation: null, other: null, total: null },
    raw: {},
    loc: {},
  };
}
