// The document as one table of rows with row/column spans, shared by the MinerU, GFM and HTML renderers.
import type { Doc, Indicator, Part, Task } from './model.ts';

export type Cell = { parts: Part[]; rowSpan?: number; colSpan?: number };
export type Row = Cell[];

export const TASKS_LABEL = '年度重点工作任务';
export const OTHER_LABEL = '其他需完成的任务(可选填)';
export const PLACEHOLDER_TASK = '任务1: .....';
export const INDICATORS_LABEL = '绩效指标';

const c = (text: string, span: Omit<Cell, 'parts'> = {}): Cell => ({ parts: [text], ...span });

/** The header and budget rows, laid out as the template prints them. */
export function headRows(doc: Doc): Row[] {
  const b = doc.budget;
  const v = (s: string | null) => c(s ?? '');
  return [
    [c('部门名称'), c(doc.department, { colSpan: 4 })],
    [c('基本信息'), c('财政供养人员数'), c(String(doc.staffCount)), c('下属二级单位数'), c(String(doc.subordinateUnits))],
    [c('预算整体情况', { rowSpan: 6 }), c('部门预算支出'), c('预算金额(万元)'), c('收入来源'), c('预算金额(万元)')],
    [c('基本支出'), v(b.basic), c('财政拨款'), v(b.fiscalAppropriation)],
    [c('项目支出'), v(b.project), c('其他资金'), v(b.other)],
    [c('事业发展性支出'), c('预算金额(万元)'), c(''), c('')],
    [c('财政专项资金'), v(b.developmentSpecial), c(''), c('')],
    [c('其他事业发展性支出'), v(b.developmentOther), c(''), c('')],
    [c('总体绩效目标'), c(doc.overallGoal, { colSpan: 4 })],
  ];
}

/** One task row: name, content, amount and (unless the row is malformed) goal. */
export function taskCells(t: Task): Row {
  const row: Row = [c(`任务${t.no}: ${t.name}`), { parts: t.content }, c(t.amount)];
  if (t.goal !== null) row.push(c(t.goal));
  return row;
}

/** Task rows from..to under a 年度重点工作任务 label spanning them (a continuation repeats the label). */
export function taskRows(doc: Doc, from: number, to: number): Row[] {
  const rows = doc.tasks.slice(from, to).map(taskCells);
  if (from === 0) rows.unshift([c('名称'), c('主要实施内容'), c('拟投入的资金(万元)'), c('期望达到的目标(概述)')]);
  if (rows.length) rows[0]!.unshift(c(TASKS_LABEL, { rowSpan: rows.length }));
  return rows;
}

/** The 其他需完成的任务 rows: the template's placeholder, or one empty row. */
export function otherRows(doc: Doc): Row[] {
  if (!doc.placeholder) return [[c(OTHER_LABEL), c(''), c(''), c(''), c('')]];
  return [
    [c(OTHER_LABEL, { rowSpan: 2 }), c(PLACEHOLDER_TASK), c(''), c('0'), c('')],
    [c(''), c(''), c('0'), c('')],
  ];
}

/** Length of the run of indicators from i on that share a key. */
const run = (xs: Indicator[], i: number, key: (x: Indicator) => string) => {
  let k = i;
  while (k < xs.length && key(xs[k]!) === key(xs[i]!)) k++;
  return k - i;
};

/** The 绩效指标 rows, level labels as row spans over their groups. */
export function indicatorRows(doc: Doc): Row[] {
  const xs = doc.indicators;
  const rows: Row[] = [[c(INDICATORS_LABEL, { rowSpan: xs.length + 1 }), c('一级指标'), c('二级指标'), c('三级指标'), c('指标值')]];
  xs.forEach((x, i) => {
    const row: Row = [];
    if (i === 0 || xs[i - 1]!.level1 !== x.level1) row.push(c(x.level1, { rowSpan: run(xs, i, (y) => y.level1) }));
    if (i === 0 || xs[i - 1]!.level1 !== x.level1 || xs[i - 1]!.level2 !== x.level2) row.push(c(x.level2, { rowSpan: run(xs, i, (y) => y.level1 + y.level2) }));
    row.push(c(`指标${x.no}: ${x.name}`), c(x.raw));
    rows.push(row);
  });
  return rows;
}

/** The whole form as one or two tables: two when a page break falls inside the task rows. */
export function tables(doc: Doc): Row[][] {
  const cut = doc.pageBreakAfter || doc.tasks.length;
  const first = [...headRows(doc), ...taskRows(doc, 0, cut)];
  const rest = [...taskRows(doc, cut, doc.tasks.length), ...otherRows(doc), ...indicatorRows(doc)];
  return doc.pageBreakAfter ? [first, rest] : [[...first, ...rest]];
}

/** Where a cell of the form lands on a sheet: 1-based row and column, and the sheet cells it spans. */
export type Placed = { row: number; col: number; rowSpan: number; colSpan: number };

/**
 * Places rows with their spans from sheet row `top` and column `left` on; form column k is `widths[k]`
 * sheet columns wide (default 1), so a wide column is two merged sheet columns, and an empty sheet column
 * follows form column k when `gaps` has k (a cell spanning over the gap covers it). Result: [row][cell].
 */
export function placeRows(rows: Row[], top: number, left = 1, widths: readonly number[] = [], gaps: ReadonlySet<number> = new Set()): Placed[][] {
  const taken = new Set<string>();
  const at = (k: number) => left + Array.from({ length: k }, (_, j) => (widths[j] ?? 1) + (gaps.has(j) ? 1 : 0)).reduce((a, b) => a + b, 0);
  return rows.map((r, i) => {
    let col = 0;
    return r.map((cell) => {
      while (taken.has(`${i}:${col}`)) col++;
      const rs = cell.rowSpan ?? 1,
        cs = cell.colSpan ?? 1;
      for (let d = 0; d < rs; d++) for (let k = 0; k < cs; k++) taken.add(`${i + d}:${col + k}`);
      const placed = { row: top + i, col: at(col), rowSpan: rs, colSpan: at(col + cs) - at(col) - (gaps.has(col + cs - 1) ? 1 : 0) };
      col += cs;
      return placed;
    });
  });
}

/** Expands spans into a plain 5-column grid; rows a rowspan covers get its text (repeat) or '' (blank), columns a colspan covers ''. */
export function expand(rows: Row[], repeat: boolean): Part[][][] {
  const out: Part[][][] = [];
  const taken: Array<Array<Part[] | undefined>> = [];
  rows.forEach((r, i) => {
    const line: Part[][] = (out[i] = []);
    let col = 0;
    const skip = () => {
      while (taken[i]?.[col] !== undefined) (line[col] = taken[i]![col]!), col++;
    };
    for (const cell of r) {
      skip();
      for (let k = 0; k < (cell.colSpan ?? 1); k++) line[col + k] = k === 0 ? cell.parts : [''];
      for (let d = 1; d < (cell.rowSpan ?? 1); d++) (taken[i + d] ??= [])[col] = repeat ? cell.parts : [''];
      col += cell.colSpan ?? 1;
    }
    skip();
  });
  // A row keeps its own length: a malformed row (a cell missing) stays one cell short, as a person would type it.
  return out.map((r) => Array.from({ length: r.length }, (_, k) => r[k] ?? ['']));
}
