// Which sheets hold the 绩效目标表, and how a sheet's rows split into title lines, the table and notes.
import type { Block, Cell } from '../grid.ts';
import { INDICATOR_MARKER, opensWithTableLabel, SIGN_OFF_LABELS, TABLE_LABELS, TASK_MARKER, startsRow } from '../shared/markers.ts';

export { TABLE_LABELS };
import { labelKey } from '../shared/text.ts';
import type { SheetGrid } from './sheet-grid.ts';

/** Kinds of evidence a sheet needs before it is taken for the table. */
const MIN_EVIDENCE = 2;

/** What a cell is evidence of: a table label, a task or indicator row, or nothing (''). */
function evidenceOf(cell: Cell): string {
  if (cell.spanned || cell.text === '') return '';
  const key = labelKey(cell.text);
  if (opensWithTableLabel(key)) return key;
  if (TASK_MARKER.test(key)) return '任务N';
  if (INDICATOR_MARKER.test(key)) return '指标N';
  return '';
}

/** The lines a form prints under its table: notes, who filled it in, who answers for it, when. */
const SIGN_OFF = new RegExp(`^(?:备注|注[:：]|注\\d|说明|填表说明|填报说明|财务负责人|${SIGN_OFF_LABELS.join('|')})`, 'u');

const NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?%?$/u;
const isNumber = (cell: Cell) => NUMBER.test(cell.text);
/** A target filled in beside an indicator (≥2390人, ≤ 5%): a comparator, a number, perhaps a unit. */
const TARGET = /^[<>=≤≥≦≧]\s*\d[\d,]*(?:\.\d+)?\s*(?:%|\p{Script=Han}{1,4})?$/u;

/** How many kinds of table evidence a sheet shows: distinct labels, task rows, indicator rows. */
export function tableEvidence(grid: SheetGrid): number {
  return new Set(grid.rows.flatMap((row) => row.map(evidenceOf)).filter((k) => k !== '')).size;
}

/**
 * Whether a sheet holds filled-in values, not only the form's labels: a task or indicator row, a number
 * to the right of a label, or an indicator's target (≥2390人). A 填报说明 sheet that lists the labels with what to write beside them has neither.
 */
export function holdsData(grid: SheetGrid): boolean {
  return grid.rows.some((row) => {
    const kinds = row.map(evidenceOf);
    if (kinds.includes('任务N') || kinds.includes('指标N') || row.some((c) => !c.spanned && TARGET.test(c.text.trim()))) return true;
    const label = kinds.findIndex((k) => k !== '');
    return label >= 0 && row.slice(label + 1).some(isNumber);
  });
}

/**
 * The sheets to read, in workbook order: those with enough evidence (of which those holding data, when any
 * do), else the best one, else every non-empty sheet.
 */
export function chooseSheets(grids: SheetGrid[]): SheetGrid[] {
  const scored = grids.map((g) => ({ g, score: tableEvidence(g) })).filter((s) => s.g.rows.length > 0);
  const strong = scored.filter((s) => s.score >= MIN_EVIDENCE);
  const filled = strong.filter((s) => holdsData(s.g));
  if (filled.length) return filled.map((s) => s.g);
  if (strong.length) return strong.map((s) => s.g);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best).map((s) => s.g);
}

/**
 * A sheet as blocks: the table runs from the first to the last row showing table evidence; rows before and
 * after it become text lines when they hold one logical cell (a title merged over the table) or no number
 * (单位:万元 beside 填报单位:…, 备注 and its text, the 单位负责人/填表人/联系电话 line), one line per cell.
 */
export function sheetBlocks(grid: SheetGrid): Block[] {
  const rows = grid.rows;
  const outside = (row: Cell[]) => lone(row) || (!row.some((c) => evidenceOf(c) !== '') && !row.some(isNumber));
  // Below the table only blank rows, a lone merged line and the form's sign-off (备注, 填表人, 联系电话 …) are
  // outside it: an indicator row holds neither a label the form knows nor a plain number (产出指标 | 数量指标 | ≥29次).
  const after = (row: Cell[]) => row.every((c) => c.text === '') || lone(row) || SIGN_OFF.test(labelKey(row.find((c) => c.text !== '')!.text));
  let start = 0;
  let end = rows.length;
  while (start < end && outside(rows[start]!)) start++;
  while (end > start && after(rows[end - 1]!)) end--;
  const blocks: Block[] = rows.slice(0, start).flatMap(textLine);
  if (end > start) {
    const table = withoutEmptyColumns(rows.slice(start, end));
    blocks.push({ kind: 'table', grid: { rows: table, loc: table[0]![0]!.loc, joins: [] } });
  }
  blocks.push(...rows.slice(end).flatMap(textLine));
  return blocks;
}

/**
 * The table without the columns that hold nothing of their own in any of its rows (a column cleared instead
 * of deleted, reached only by merges across it): the normalizer reads a label's value and an indicator's
 * levels by position, as the printed table shows them. A merge keeps its first cell; its colSpan counts kept columns.
 */
export function withoutEmptyColumns(rows: Cell[][]): Cell[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const keep = Array.from({ length: width }, (_, c) => rows.some((r) => r[c] !== undefined && !r[c]!.spanned && r[c]!.text !== ''));
  if (keep.every(Boolean)) return rows;
  // Copies share their first cell's place and spans, so the new colSpan is looked up by that place.
  const spans = new Map<string, number>();
  rows.forEach((r) =>
    r.forEach((cell, c) => {
      if (!cell.spanned && cell.colSpan > 1) spans.set(cell.loc.cell!, Math.max(1, keep.slice(c, c + cell.colSpan).filter(Boolean).length));
    }),
  );
  return rows.map((r) =>
    r.flatMap((cell, c) => {
      if (!keep[c]) return [];
      const colSpan = spans.get(cell.loc.cell!);
      return [colSpan === undefined || colSpan === cell.colSpan ? cell : { ...cell, colSpan }];
    }),
  );
}

/** A row outside the table as text lines, one per cell of its own (a merged title's second row adds none). */
function textLine(row: Cell[]): Block[] {
  return row.filter((c) => c.text !== '' && !c.spanned).map((c) => ({ kind: 'text', text: c.text, loc: c.loc }));
}

/**
 * A row whose only content is one cell, possibly merged across it (every non-empty cell the same place),
 * and not a task or indicator whose other cells are empty: that one stays a table row.
 */
function lone(row: Cell[]): boolean {
  const filled = row.filter((c) => c.text !== '');
  return new Set(filled.map((c) => c.loc.cell)).size === 1 && !startsRow(filled[0]!.text);
}
