// Lays out a ruled table of spanning cells on one page and draws it as content-stream operators.
import { emWidth, textOp } from './cmap-pdf.ts';

export type SpanCell = { text: string; rowSpan?: number; colSpan?: number };

type Placed = { cell: SpanCell; row: number; col: number; rows: number; cols: number };
/** A drawn cell: its grid slot and span, and its rectangle [x0, y0, x1, y1] in PDF user space (origin bottom-left). */
export type DrawnCell = { text: string; row: number; col: number; rowSpan: number; colSpan: number; bbox: [number, number, number, number] };

const PAD = 3;

/** Cells placed on the grid: a row/col span takes the slots below/right of it, as HTML tables do. */
function place(rows: SpanCell[][]): Placed[] {
  const taken = new Set<string>();
  const out: Placed[] = [];
  rows.forEach((r, i) => {
    let col = 0;
    for (const cell of r) {
      while (taken.has(`${i}:${col}`)) col++;
      const p = { cell, row: i, col, rows: cell.rowSpan ?? 1, cols: cell.colSpan ?? 1 };
      for (let d = 0; d < p.rows; d++) for (let k = 0; k < p.cols; k++) taken.add(`${i + d}:${col + k}`);
      out.push(p);
      col += p.cols;
    }
  });
  return out;
}

/** Greedy line breaking by printed width (CJK text breaks anywhere, as a spreadsheet's wrap does). */
export function wrap(text: string, widthPt: number, size: number): string[] {
  if (!text) return [];
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && emWidth(line + ch) * size > widthPt) lines.push(line), (line = '');
    line += ch;
  }
  return [...lines, line];
}

/**
 * The operators drawing `rows` with its top-left corner at (x, top): every cell's rectangle with `re`,
 * the outer frame again, thicker, with `m`/`l` paths, and the wrapped text, numbers right-aligned.
 * Returns the operators, the cells as drawn and the y of the table's bottom edge.
 */
export function drawTable(rows: SpanCell[][], widths: number[], x: number, top: number, size: number): { ops: string[]; cells: DrawnCell[]; bottom: number } {
  const placed = place(rows);
  const lead = size * 1.35;
  const colX = widths.map((_, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const spanWidth = (p: Placed) => widths.slice(p.col, p.col + p.cols).reduce((a, b) => a + b, 0);
  const lines = new Map(placed.map((p) => [p, wrap(p.cell.text, spanWidth(p) - 2 * PAD, size)]));
  const need = (p: Placed) => Math.max(1, lines.get(p)!.length) * lead + 2 * PAD;
  const heights = rows.map(() => lead + 2 * PAD);
  for (const p of placed.filter((q) => q.rows === 1)) heights[p.row] = Math.max(heights[p.row]!, need(p));
  for (const p of placed.filter((q) => q.rows > 1)) {
    const have = heights.slice(p.row, p.row + p.rows).reduce((a, b) => a + b, 0);
    if (have < need(p)) heights[p.row + p.rows - 1]! += need(p) - have;
  }
  const rowY = heights.map((_, i) => top - heights.slice(0, i).reduce((a, b) => a + b, 0));
  const bottom = top - heights.reduce((a, b) => a + b, 0);
  const right = colX[colX.length - 1]! + widths[widths.length - 1]!;
  const ops = ['0 G 0.5 w'];
  const cells: DrawnCell[] = [];
  const r2 = (v: number) => Math.round(v * 100) / 100;
  for (const p of placed) {
    const h = heights.slice(p.row, p.row + p.rows).reduce((a, b) => a + b, 0);
    ops.push(`${colX[p.col]!.toFixed(2)} ${(rowY[p.row]! - h).toFixed(2)} ${spanWidth(p).toFixed(2)} ${h.toFixed(2)} re S`);
    cells.push({
      text: p.cell.text,
      row: p.row,
      col: p.col,
      rowSpan: p.rows,
      colSpan: p.cols,
      bbox: [r2(colX[p.col]!), r2(rowY[p.row]! - h), r2(colX[p.col]! + spanWidth(p)), r2(rowY[p.row]!)],
    });
  }
  ops.push(`1 w ${x} ${top.toFixed(2)} m ${right} ${top.toFixed(2)} l ${right} ${bottom.toFixed(2)} l ${x} ${bottom.toFixed(2)} l h S 0.5 w`);
  for (const p of placed) {
    const ls = lines.get(p)!;
    const h = heights.slice(p.row, p.row + p.rows).reduce((a, b) => a + b, 0);
    // Vertically centred block of lines; the baseline sits ~0.2 em above a line's bottom.
    let y = rowY[p.row]! - (h - ls.length * lead) / 2 - lead + size * 0.3;
    const numeric = /^[≥≤<>=]?\s*\d+(\.\d+)?%?$/.test(p.cell.text);
    for (const l of ls) {
      const lx = numeric ? colX[p.col]! + spanWidth(p) - PAD - emWidth(l) * size : colX[p.col]! + PAD;
      ops.push(textOp(l, lx, y, size));
      y -= lead;
    }
  }
  return { ops, cells, bottom };
}
