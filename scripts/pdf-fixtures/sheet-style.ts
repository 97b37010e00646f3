// How a finance bureau's sheet is set up for printing: thin borders (or none), wrapped text, A4, title rows repeated.
import type { Borders, Worksheet } from 'exceljs';

export type PrintStyle = {
  /** Thin ruling lines around every table cell (false: a sheet printed without gridlines or borders). */
  rulings: boolean;
  orientation: 'portrait' | 'landscape';
  /** Rows repeated at the top of every printed page, e.g. '1:1' (the merged title row). */
  titleRows?: string;
  /** Body font size in points; the title is set a few points larger. */
  fontSize: number;
  /** Print scale in percent (Calc honours it; fit-to-width with open height is unreliable in 7.4). */
  scale: number;
  /** Font the sheet asks for; LibreOffice substitutes an installed CJK font when it is missing, as on a bureau's PC. */
  font: string;
  /** Column widths in Excel character units, A.. onwards. */
  widths: number[];
};

export const DEFAULT_STYLE: PrintStyle = {
  rulings: true,
  orientation: 'landscape',
  titleRows: '1:1',
  fontSize: 10,
  scale: 100,
  font: '宋体',
  widths: [9, 18, 40, 9, 26],
};

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const ALL_THIN: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** A4 in the OOXML paperSize enumeration. */
const A4 = 9;

/**
 * Applies the print style to the cells of rows firstTableRow..lastTableRow (the table proper) and the
 * page setup to the sheet; rows above firstTableRow (the title) stay unruled and centred.
 */
export function stylePrint(ws: Worksheet, style: PrintStyle, firstTableRow: number, lastTableRow: number, columns: number): void {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      const table = r >= firstTableRow && r <= lastTableRow;
      const title = r < firstTableRow;
      cell.font = { name: style.font, size: title ? style.fontSize + 6 : style.fontSize, bold: title };
      const numeric = typeof cell.value === 'number' || (typeof cell.value === 'string' && /^-?\d+(\.\d+)?%?$/.test(cell.value));
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: title ? 'center' : numeric ? 'right' : 'left' };
      cell.border = table && style.rulings ? ALL_THIN : {};
    }
  }
  style.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  fitRowHeights(ws, style, columns);
  ws.pageSetup = {
    paperSize: A4,
    orientation: style.orientation,
    scale: style.scale,
    fitToPage: false,
    horizontalCentered: true,
    showGridLines: false,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(style.titleRows ? { printTitlesRow: style.titleRows } : {}),
  };
}

/** Points per Excel width unit at the default 11 pt font (7 px per unit at 96 dpi), less the cell padding. */
const PT_PER_UNIT = 6;
const CELL_PADDING_PT = 6;

/** The printed width of a text in em: CJK and full-width forms are one em, the rest about half. */
function ems(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’、]/u.test(ch) ? 1 : 0.55;
  return w;
}

/**
 * Sets every row's height to fit its wrapped text, because LibreOffice keeps the default height for
 * xlsx rows without one (text would overprint the next row). A cell merged over several rows shares
 * its height out among them; merged columns add their widths.
 */
export function fitRowHeights(ws: Worksheet, style: PrintStyle, columns: number): void {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
    // exceljs types a cell's row/col loosely; they are 1-based numbers.
    const [top, left, bottom, right] = m.split(':').flatMap((x) => {
      const c = ws.getCell(x);
      return [Number(c.row), Number(c.col)];
    }) as [number, number, number, number];
    spans.set(`${top}:${left}`, { rows: bottom - top + 1, cols: right - left + 1 });
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r}:${c}`);
  }
  const need = new Map<number, number>();
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= columns; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = ws.getRow(r).getCell(c);
      const text = cell.text ?? '';
      if (!text) continue;
      const span = spans.get(`${r}:${c}`) ?? { rows: 1, cols: 1 };
      let width = 0;
      for (let k = 0; k < span.cols; k++) width += (style.widths[c - 1 + k] ?? 10) * PT_PER_UNIT;
      const size = cell.font?.size ?? style.fontSize;
      const perLine = Math.max(1, Math.floor((width - CELL_PADDING_PT) / size));
      const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(ems(part) / perLine)), 0);
      const height = (lines * size * 1.2 + 6) / span.rows;
      for (let k = 0; k < span.rows; k++) need.set(r + k, Math.max(need.get(r + k) ?? 0, height));
    }
  }
  for (const [r, h] of need) ws.getRow(r).height = Math.ceil(h);
}
