// The form of rows.ts written on worksheets the way bureaus lay it out: where it starts, a 序号 column, a
// wide column, merged or repeated level labels, 合计 rows, title/unit rows above and notes below. Each
// variation is one small function; the slots map says which sheet cell holds which printed value.
import type { Workbook, Worksheet } from 'exceljs';
import type { Doc } from './model.ts';
import type { Rng } from './rng.ts';
import { type Cell, type Placed, type Row, INDICATORS_LABEL, PLACEHOLDER_TASK, TASKS_LABEL, expand, placeRows } from './rows.ts';
import { cellText } from './render-pdf.ts';
import { address } from '../../src/parse/spreadsheet/sheet-grid.ts';

/** A formula the workbook holds, with the verdict a correct audit must give it. */
export type SheetFormulaGold = { sheet: string; cell: string; formula: string; verdict: 'ok' | 'mismatch' };
/** A sheet cell: the worksheet and its 1-based row and column. */
export type Slot = { ws: Worksheet; row: number; col: number };
/** One sheet of the form: its rows as written and where each of their cells landed. */
export type FormSheet = { ws: Worksheet; rows: Row[]; placed: Placed[][]; first: number; last: number };

/** Everything a variation may read or change while one workbook is made. */
export type Ctx = {
  rng: Rng;
  doc: Doc;
  wb: Workbook;
  forms: FormSheet[];
  /** Sheet column of the form's first column, sheet row of its first row, sheet columns per form column. */
  left: number;
  top: number;
  widths: number[];
  /** Form columns followed by an empty, unmerged sheet column. */
  gaps: Set<number>;
  serial: boolean;
  /** Printed values by name: staff, units, budget fields, total.expenditure, total.income, task:<i>, indicator:<i>, tasks.total. */
  slots: Map<string, Slot>;
  formulas: SheetFormulaGold[];
  /** Rewrites of cell text at write time (full-width punctuation…). */
  text: Array<(s: string) => string>;
  numbersAsText: boolean;
  /** Rows a variation added: the budget block's 合计 row, the key tasks' 合计 row. */
  marks: Map<Row, 'budget-total' | 'task-total'>;
  /** Names of the variations applied, in order; `only`, when set, names the ones to apply instead of drawing them. */
  used: string[];
  only?: ReadonlySet<string>;
};

/** "C8" of a slot. */
export const addr = (s: Slot): string => address(s.row, s.col);
/** Sheet columns the form occupies, serial column included. */
export const lastColumn = (c: Ctx): number => c.left + (c.serial ? 1 : 0) + c.widths.reduce((a, b) => a + b, 0) + c.gaps.size - 1;

// ---- row variations: the form's rows before they are placed ----

/** Level labels typed on every indicator row instead of merged over their group; 绩效指标 stays merged. */
export function repeatedLevels(rows: Row[], blank = false): boolean {
  const head = rows.findIndex((r) => r[0] && cellText(r[0].parts) === INDICATORS_LABEL);
  if (head < 0) return false;
  const grid = expand(rows.slice(head), !blank);
  const flat: Row[] = grid.map((r, i): Row => [...(i === 0 ? [{ parts: r[0]!, rowSpan: grid.length }] : []), ...r.slice(1).map((parts) => ({ parts }))]);
  rows.splice(head, rows.length - head, ...flat);
  return true;
}

/** Level labels typed only on a group's first row, the rows under it left empty and unmerged. */
export const levelsOnFirstRowOnly = (rows: Row[]): boolean => repeatedLevels(rows, true);

/** A 合计 row under the key tasks; its label spans the name and content columns when `wide`. */
export function taskTotalRow(c: Ctx, rows: Row[], wide: boolean): boolean {
  const lastIndex = (ok: (r: Row, i: number) => boolean) => rows.reduce((found, r, i) => (ok(r, i) ? i : found), -1);
  const last = lastIndex((r) => r.some((x) => /^任务\d+/.test(cellText(x.parts)) && cellText(x.parts) !== PLACEHOLDER_TASK));
  const label = lastIndex((r, i) => i <= last && r[0] !== undefined && cellText(r[0].parts) === TASKS_LABEL);
  if (last < 0 || label < 0 || label + (rows[label]![0]!.rowSpan ?? 1) - 1 !== last) return false;
  rows[label]![0]!.rowSpan! += 1;
  const cell = (s: string, span: Partial<Cell> = {}): Cell => ({ parts: [s], ...span });
  const row = wide ? [cell('合计', { colSpan: 2 }), cell(''), cell('')] : [cell('合计'), cell(''), cell(''), cell('')];
  rows.splice(last + 1, 0, row);
  c.marks.set(row, 'task-total');
  return true;
}

/** A 合计 row closing the budget block: expenditure total under the lines, income total beside it. */
export function budgetTotalRow(c: Ctx, rows: Row[]): boolean {
  const at = rows.findIndex((r) => r.some((c) => cellText(c.parts) === '其他事业发展性支出'));
  const block = rows.findIndex((r) => r[0] && cellText(r[0].parts) === '预算整体情况');
  if (at < 0 || block < 0) return false;
  rows[block]![0]!.rowSpan! += 1;
  const row = ['合计', '', '合计', ''].map((s) => ({ parts: [s] }));
  rows.splice(at + 1, 0, row);
  c.marks.set(row, 'budget-total');
  return true;
}

// ---- writing ----

/** Writes one sheet of the form from the context's origin, serial numbers on task and indicator rows. */
export function writeForm(c: Ctx, ws: Worksheet, rows: Row[], top: number): FormSheet {
  const formLeft = c.left + (c.serial ? 1 : 0);
  const placed = placeRows(rows, top, formLeft, c.widths, c.gaps);
  let n = 0;
  placed.forEach((r, i) => {
    r.forEach((p, k) => {
      const text = c.text.reduce((s, f) => f(s), cellText(rows[i]![k]!.parts));
      if (text !== '') Object.assign(ws.getCell(p.row, p.col), { value: text, alignment: { wrapText: true, vertical: 'middle' } });
      if (p.rowSpan > 1 || p.colSpan > 1) ws.mergeCells(p.row, p.col, p.row + p.rowSpan - 1, p.col + p.colSpan - 1);
    });
    if (!c.serial) return;
    const texts = rows[i]!.map((x) => cellText(x.parts));
    if (texts.some((t) => /^(?:任务|指标)\d+/.test(t) && t !== PLACEHOLDER_TASK)) ws.getCell(top + i, c.left).value = ++n;
    else if (texts.includes('名称') || texts.includes('一级指标')) ws.getCell(top + i, c.left).value = '序号';
  });
  const form = { ws, rows, placed, first: top, last: top + rows.length - 1 };
  c.forms.push(form);
  return form;
}

/** Finds the printed values' cells: labels' right neighbours, the k-th task's amount, the k-th indicator's target. */
export function findSlots(c: Ctx): void {
  const LABELS: Record<string, string> = {
    财政供养人员数: 'staff',
    下属二级单位数: 'units',
    基本支出: 'basic',
    项目支出: 'project',
    财政专项资金: 'developmentSpecial',
    其他事业发展性支出: 'developmentOther',
    财政拨款: 'fiscalAppropriation',
    其他资金: 'other',
  };
  let task = 0,
    ind = 0,
    totals = 0;
  for (const f of c.forms) {
    f.rows.forEach((r, i) =>
      r.forEach((cell, k) => {
        const text = cellText(cell.parts);
        const next = f.placed[i]![k + 1];
        const put = (name: string, p = next) => p && c.slots.set(name, { ws: f.ws, row: p.row, col: p.col });
        const mark = c.marks.get(r);
        if (LABELS[text]) put(LABELS[text]!);
        else if (mark === 'budget-total' && text === '合计') put(totals++ ? 'total.income' : 'total.expenditure');
        else if (mark === 'task-total' && k === 0) put('tasks.total', f.placed[i]![r.length - 2]);
        else if (c.doc.tasks[task] && cell.parts === c.doc.tasks[task]!.content) put(`task:${task++}`);
        else if (/^指标\d+/.test(text)) put(`indicator:${ind++}`);
      }),
    );
  }
}

// ---- frame variations: rows above and below the form ----

/** The title across every column of the form (or across two rows, or in A1 alone). */
export function titleRow(c: Ctx, ws: Worksheet, style: 'merged' | 'two-rows' | 'unmerged'): void {
  const row = c.top;
  ws.getCell(row, c.left).value = c.doc.title;
  ws.getCell(row, c.left).font = { bold: true, size: 16 };
  if (style !== 'unmerged') ws.mergeCells(row, c.left, row + (style === 'two-rows' ? 1 : 0), lastColumn(c));
  c.top = row + (style === 'two-rows' ? 2 : 1);
}

/** "单位:万元" alone at the right, or with "填报单位(盖章):…" at the left: the line between title and form. */
export function unitRow(c: Ctx, ws: Worksheet, withFiler: boolean): void {
  if (withFiler) ws.getCell(c.top, c.left).value = `填报单位（盖章）：${c.doc.department}`;
  ws.getCell(c.top, lastColumn(c)).value = '单位：万元';
  c.top += 1;
}

/** Lines under the form: a merged 备注, 备注 and its text in two cells, or the signature line. */
export function noteRows(c: Ctx, ws: Worksheet, style: 'merged' | 'two-cells' | 'signature'): void {
  const r = ws.rowCount + 1,
    last = lastColumn(c);
  if (style === 'merged') {
    ws.getCell(r, c.left).value = '备注：1. 本表的填报主体是县级一级预算单位；\n2. 金额单位为万元。';
    ws.mergeCells(r, c.left, r, last);
  } else if (style === 'two-cells') {
    ws.getCell(r, c.left).value = '备注';
    ws.getCell(r, c.left + 1).value = '本表金额单位为万元，绩效指标值应可衡量、可考核。';
    ws.mergeCells(r, c.left + 1, r, last);
  } else {
    ['单位负责人：', '填表人：', `联系电话：0759-${3000000 + c.rng.int(0, 999999)}`].forEach((s, k) => (ws.getCell(r, c.left + k * 2).value = s));
  }
}
