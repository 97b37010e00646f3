// Which sheets hold the 绩效目标表, and how a sheet's rows split into title lines, the table and notes.
import type { Block, Cell } from '../grid.ts';
import { INDICATOR_MARKER, TABLE_LABELS, TASK_MARKER, startsRow } from '../shared/markers.ts';

export { TABLE_LABELS };
import { labelKey } from '../shared/text.ts';
import type { SheetGrid } from './sheet-grid.ts';

/** Kinds of evidence a sheet needs before it is taken for the table. */
const MIN_EVIDENCE = 2;

/** How many kinds of table evidence a sheet shows: distinct labels, task rows, indicator rows. */
export function tableEvidence(grid: SheetGrid): number {
  const seen = new Set<string>();
  for (const row of grid.rows) {
    for (const cell of row) {
      if (cell.spanned || cell.text === '') continue;
      const key = labelKey(cell.text);
      if ((TABLE_LABELS as readonly string[]).some((l) => key === l || key.startsWith(l))) seen.add(key);
      else if (TASK_MARKER.test(key)) seen.add('任务N');
      else if (INDICATOR_MARKER.test(key)) seen.add('指标N');
    }
  }
  return seen.size;
}

/** The sheets to read, in workbook order: those with enough evidence, else the best one, else every non-empty sheet. */
export function chooseSheets(grids: SheetGrid[]): SheetGrid[] {
  const scored = grids.map((g) => ({ g, score: tableEvidence(g) })).filter((s) => s.g.rows.length > 0);
  const strong = scored.filter((s) => s.score >= MIN_EVIDENCE);
  if (strong.length) return strong.map((s) => s.g);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best).map((s) => s.g);
}

/**
 * A sheet as blocks: leading rows with a single logical cell (a title merged over the table, 单位:万元)
 * and trailing ones (备注 …) become text blocks; everything between is one table, kept row for row.
 */
export function sheetBlocks(grid: SheetGrid): Block[] {
  const rows = grid.rows;
  let start = 0;
  let end = rows.length;
  while (start < end && lone(rows[start]!)) start++;
  while (end > start && lone(rows[end - 1]!)) end--;
  // A title merged over two rows shows up twice: only its first row makes the text block.
  const text = (row: Cell[]): Block[] => {
    const cell = row.find((c) => c.text !== '')!;
    return cell.spanned ? [] : [{ kind: 'text', text: cell.text, loc: cell.loc }];
  };
  const blocks: Block[] = rows.slice(0, start).flatMap(text);
  if (end > start) {
    const table = rows.slice(start, end);
    blocks.push({ kind: 'table', grid: { rows: table, loc: table[0]![0]!.loc, joins: [] } });
  }
  blocks.push(...rows.slice(end).flatMap(text));
  return blocks;
}

/**
 * A row whose only content is one cell, possibly merged across it (every non-empty cell the same place),
 * and not a task or indicator whose other cells are empty: that one stays a table row.
 */
function lone(row: Cell[]): boolean {
  const filled = row.filter((c) => c.text !== '');
  return new Set(filled.map((c) => c.loc.cell)).size === 1 && !startsRow(filled[0]!.text);
}
