// Tables split over pages: a 续表/(续) marker between two tables, or a repeated header row, joins them.
import type { Block, Cell, Grid } from '../grid.ts';
import { CONTINUATION_MARKERS } from './markers.ts';
import { oneCharApart } from './text.ts';

/** A cell this long with one character read differently is still the same cell (see ocrRepeat). */
const OCR_REPEAT_MIN_LENGTH = 4;

const isMarker = (b: Block) => b.kind !== 'table' && CONTINUATION_MARKERS.some((m) => b.text.replace(/\s+/g, '') === m || b.text.startsWith(`${m} `));
const rowKey = (g: Grid, i: number) => (g.rows[i] ?? []).map((c) => c.text).join('\u0001');

/** Join page-split parts of one table into one grid, dropping a repeated header row and recording the join. */
export function joinContinuations(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const prev = out[out.length - 1];
    const spilled = prev?.kind === 'table' ? spilledBelow(prev.grid, blocks, i) : 0;
    if (spilled > 0 && prev?.kind === 'table') {
      // Text of a merged cell cut by the page break, centred in the whole cell, runs out under the page's last
      // ruling: it is that cell's, and the table goes on on the next page.
      for (const t of blocks.slice(i, i + spilled)) if (t.kind !== 'table') appendToCellAbove(prev.grid, t);
      i += spilled - 1;
      continue;
    }
    const markerThenTable = isMarker(block) && blocks[i + 1]?.kind === 'table';
    const next = markerThenTable ? blocks[i + 1]! : block;
    if (prev?.kind === 'table' && next.kind === 'table' && (markerThenTable || repeatsHeader(prev.grid, next.grid))) {
      // A title printed across the table on every page stays: it may open the next form (上海: one 项目支出绩效目标填报表
      // per page, each its own project), which the normalizer tells from a page of the same table.
      const dropFirst = repeatsHeader(prev.grid, next.grid) && !isTitleAcross(next.grid.rows[0]!);
      const rows = dropFirst ? next.grid.rows.slice(1) : next.grid.rows;
      prev.grid.rows.push(...rows);
      prev.grid.joins.push(next.grid.loc);
      if (markerThenTable) i++;
      continue;
    }
    out.push(block);
  }
  return out;
}

/** A row of one text across the whole table: a title drawn inside the table's ruling, not a header. */
const isTitleAcross = (row: readonly Cell[]) =>
  row.length > 1 && row[0]!.text !== '' && row.slice(1).every((c) => c.spanned === true && c.text === row[0]!.text);

function repeatsHeader(a: Grid, b: Grid): boolean {
  if (a.rows.length === 0 || b.rows.length === 0 || rowKey(a, 0).replace(/\u0001/g, '') === '') return false;
  return rowKey(a, 0) === rowKey(b, 0) || ocrRepeat(a.rows[0]!, b.rows[0]!);
}

/**
 * Two OCR'd rows that are one printed row read twice: cell for cell the same but for at most one character misread
 * in a cell of OCR_REPEAT_MIN_LENGTH or more (中共遂溪县委组织部 read 中共通溪县委组织部 on the next page). Text-layer rows
 * must match exactly: there one character is another department.
 */
function ocrRepeat(a: readonly Cell[], b: readonly Cell[]): boolean {
  if (a.length !== b.length || ![...a, ...b].every((c) => c.origin === 'ocr')) return false;
  return a.every((c, i) => c.text === b[i]!.text || ([...c.text].length >= OCR_REPEAT_MIN_LENGTH && oneCharApart(c.text, b[i]!.text)));
}

/**
 * How many text blocks from blocks[i] stand under the last row of `table` on its last page, within its columns, and
 * are followed by the table's continuation on the next page (its header row repeated); 0 when they are not that.
 */
function spilledBelow(table: Grid, blocks: Block[], i: number): number {
  const last = table.rows.at(-1);
  const bottom = last?.find((c) => c.loc.bbox)?.loc;
  if (!last || !bottom?.bbox || bottom.page === undefined) return 0;
  let k = i;
  for (; k < blocks.length && blocks[k]!.kind !== 'table'; k++) {
    const loc = (blocks[k] as { loc: Grid['loc'] }).loc;
    if (k - i >= SPILL_MAX_LINES || loc.page !== bottom.page || !loc.bbox || loc.bbox[1] < bottom.bbox[1] || !cellAbove(last, loc.bbox)) return 0;
  }
  const next = blocks[k];
  return k > i && next?.kind === 'table' && next.grid.loc.page === bottom.page + 1 && repeatsHeader(table, next.grid) ? k - i : 0;
}

/** A cell's text running out under a table is a few lines. */
const SPILL_MAX_LINES = 4;

/** The cell of `row` whose column holds the middle of `bbox`. */
const cellAbove = (row: readonly Cell[], bbox: readonly number[]) => {
  const mid = (bbox[0]! + bbox[2]!) / 2;
  return row.find((c) => c.loc.bbox && c.loc.bbox[0] <= mid && mid <= c.loc.bbox[2]);
};

/** Append a spilled line to the cell above it, and to that cell's copies (a merged cell's rows above). */
function appendToCellAbove(table: Grid, text: Extract<Block, { kind: 'text' | 'heading' }>): void {
  const last = table.rows.at(-1)!;
  const cell = cellAbove(last, text.loc.bbox!);
  if (!cell) return;
  const col = last.indexOf(cell);
  const before = cell.text;
  for (const row of table.rows)
    if (row[col] && row[col].text === before && String(row[col].loc.bbox) === String(cell.loc.bbox)) row[col] = { ...row[col], text: before + text.text };
}
