// Generator 2's sheet model: values at explicit (row, col) addresses plus merge ranges, written out
// with exceljs as a workbook or as an HTML page encoded in GBK.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Workbook dates: fixed so that regenerating does not churn the committed fixtures. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export interface Val {
  v: string | number;
  fmt?: string;
  bold?: boolean;
}

/** One worksheet's cells (1-based rows and columns) and merged ranges. */
export class Sheet {
  readonly cells = new Map<string, Val>();
  readonly merges: [number, number, number, number][] = [];
  width = 1;
  height = 0;
  constructor(public name: string) {}
  /** Sets a value; `fmt` is an Excel number format (the value must then be a number). */
  put(r: number, c: number, v: string | number | null | undefined, fmt?: string): void {
    if (v == null || v === '') return;
    this.cells.set(`${r},${c}`, { v, fmt });
    this.width = Math.max(this.width, c);
    this.height = Math.max(this.height, r);
  }
  /** Sets a value in the top-left cell of a merged block of h rows × w columns. */
  block(r: number, c: number, h: number, w: number, v: string | number | null | undefined, fmt?: string): void {
    this.put(r, c, v, fmt);
    if (h > 1 || w > 1) this.merges.push([r, c, r + h - 1, c + w - 1]);
    this.width = Math.max(this.width, c + w - 1);
    this.height = Math.max(this.height, r + h - 1);
  }
}

/** Shows a number as Excel would for the few formats the generator uses (0%, 0.00%, "≥"0%). */
export function display(v: Val | undefined): string {
  if (!v) return '';
  if (typeof v.v === 'string' || !v.fmt) return String(v.v);
  const m = /^(?:"([^"]*)")?0(?:\.(0+))?%$/.exec(v.fmt);
  if (!m) throw new Error(`format ${v.fmt} not handled`);
  const decimals = m[2]?.length ?? 0;
  return `${m[1] ?? ''}${(Math.round(v.v * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals)}%`;
}

/** Writes sheets to an .xlsx file. */
export async function writeXlsx(sheets: Sheet[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'layouts generator 2';
  wb.created = wb.modified = FIXED_DATE; // same seed, same bytes (as far as exceljs allows)
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [k, val] of s.cells) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      const cell = ws.getCell(r, c);
      cell.value = val.v;
      if (val.fmt) cell.numFmt = val.fmt;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    }
    // ruled cells and one page wide, so that a PDF printed from the workbook looks like the published forms
    const thin = { style: 'thin' as const };
    for (let r = 1; r <= s.height; r++) for (let c = 1; c <= s.width; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1, c1, r2, c2);
    for (let c = 1; c <= s.width; c++) ws.getColumn(c).width = 16;
    ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
  await wb.xlsx.writeFile(file);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br/>');

/** The sheets as one HTML page in GBK (meta charset=gbk), merged ranges as rowspan/colspan; titles are the sheets' first rows. */
export function gbkHtml(sheets: { sheet: Sheet; title: string }[]): Buffer {
  const tables = sheets.map(({ sheet: s, title }) => {
    const covered = new Set<string>(),
      span = new Map<string, [number, number]>();
    for (const [r1, c1, r2, c2] of s.merges) {
      span.set(`${r1},${c1}`, [r2 - r1 + 1, c2 - c1 + 1]);
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${r},${c}`);
    }
    const trs: string[] = [];
    for (let r = 1; r <= s.height; r++) {
      let tds = '';
      for (let c = 1; c <= s.width; c++) {
        const k = `${r},${c}`;
        if (covered.has(k)) continue;
        const [h, w] = span.get(k) ?? [1, 1];
        tds += `<td${h > 1 ? ` rowspan=${h}` : ''}${w > 1 ? ` colspan=${w}` : ''}>${esc(display(s.cells.get(k)))}</td>`;
      }
      trs.push(`<tr>${tds}</tr>`);
    }
    void title;
    return `<table border=1 cellspacing=0 width="100%">\n${trs.join('\n')}\n</table>`;
  });
  const html = `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n<title>${esc(sheets[0]!.title)}</title>\n</head>\n<body>\n${tables.join('\n<br/>\n')}\n</body>\n</html>\n`;
  return iconv.encode(html, 'gbk');
}
