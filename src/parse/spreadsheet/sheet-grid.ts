// One worksheet → the shared grid: every row of its used range, merged ranges expanded into marked copies.
import type { Worksheet } from 'exceljs';
import type { Cell } from '../grid.ts';
import { makeCell } from '../grid.ts';
import { findPlainFormulas } from '../shared/formulas.ts';
import { storedValue, valueText } from './cell-value.ts';

/** A worksheet's table: rows of cells (empty rows dropped), each cell located by sheet and address. */
export type SheetGrid = { sheet: string; rows: Cell[][] };

type Span = { top: number; left: number; bottom: number; right: number };

/** Read the used range of a worksheet into rows; a merge's first cell carries rowSpan/colSpan, its copies `spanned`. */
export function sheetGrid(ws: Worksheet): SheetGrid {
  const spans = mergeRanges(ws);
  const masterOf = new Map<string, Span>();
  for (const s of spans) for (let r = s.top; r <= s.bottom; r++) for (let c = s.left; c <= s.right; c++) masterOf.set(`${r},${c}`, s);

  const texts = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const s = masterOf.get(`${r},${c}`);
      if (s && (s.top !== r || s.left !== c)) return;
      const text = valueText(storedValue(cell), cell.numFmt);
      if (text !== '') texts.set(`${r},${c}`, text);
    });
  });
  const bounds = usedBounds(texts, spans);
  if (!bounds) return { sheet: ws.name, rows: [] };

  const made = new Map<string, Cell>();
  const rows: Cell[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row: Cell[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) {
      const s = masterOf.get(`${r},${c}`);
      if (s && (s.top !== r || s.left !== c)) {
        const master = made.get(`${s.top},${s.left}`);
        row.push(master ? { ...master, spanned: true } : { ...emptyCell(ws.name, r, c), spanned: true });
        continue;
      }
      const loc = { sheet: ws.name, cell: address(r, c) };
      const text = texts.get(`${r},${c}`) ?? '';
      const cell = makeCell(text, loc, 'spreadsheet', {
        math: findPlainFormulas(text, loc),
        ...(s ? { rowSpan: s.bottom - s.top + 1, colSpan: s.right - s.left + 1 } : {}),
      });
      made.set(`${r},${c}`, cell);
      row.push(cell);
    }
    // A row with nothing in it separates nothing the normalizer needs; merged copies count as content.
    if (row.some((x) => x.text !== '')) rows.push(row);
  }
  return { sheet: ws.name, rows };
}

/** "C17" from 1-based row and column. */
export function address(row: number, col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
}

/** 1-based row and column of "C17" (a leading $ or sheet name is the caller's to strip). */
export function parseAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!m) return null;
  const col = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

function mergeRanges(ws: Worksheet): Span[] {
  const out: Span[] = [];
  for (const range of ws.model.merges ?? []) {
    const [a, b = a] = range.split(':') as [string, string?];
    const p = parseAddress(a);
    const q = parseAddress(b);
    if (p && q) out.push({ top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) });
  }
  return out;
}

/** The rectangle holding every non-empty cell and the merges of non-empty cells. */
function usedBounds(texts: Map<string, string>, spans: Span[]): Span | null {
  let b: Span | null = null;
  const grow = (top: number, left: number, bottom: number, right: number) => {
    b = b
      ? { top: Math.min(b.top, top), left: Math.min(b.left, left), bottom: Math.max(b.bottom, bottom), right: Math.max(b.right, right) }
      : { top, left, bottom, right };
  };
  for (const key of texts.keys()) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    grow(r, c, r, c);
  }
  for (const s of spans) if (texts.has(`${s.top},${s.left}`)) grow(s.top, s.left, s.bottom, s.right);
  return b;
}

function emptyCell(sheet: string, r: number, c: number): Cell {
  return makeCell('', { sheet, cell: address(r, c) }, 'spreadsheet');
}
