// Reads the cells back out of a written document, without the generators' code: HTML (UTF-8 or GBK),
// markdown (GFM pipe table or an HTML table inside), xlsx (exceljs, display text of percent formats), PDF (pdftotext).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A table as rows of cell texts; merged cells are carried into every position they cover when `carry`. */
export type Matrix = string[][];

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
const text = (h: string) =>
  h
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(\w+);/g, (_, e: string) => ENT[e] ?? `&${e};`)
    .trim();

/** Every <table> of an HTML string as a matrix, spans expanded (carried or blank). */
export function htmlTables(html: string, carry: boolean): Matrix[] {
  return [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/gi)].map(([, body]) => {
    const m: Matrix = [];
    [...body!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].forEach(([, tr], r) => {
      m[r] ??= [];
      let c = 0;
      for (const [, attrs, inner] of tr!.matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/gi)) {
        while (m[r]![c] !== undefined) c++;
        const rs = Number(/rowspan="?(\d+)/i.exec(attrs!)?.[1] ?? 1),
          cs = Number(/colspan="?(\d+)/i.exec(attrs!)?.[1] ?? 1);
        for (let dy = 0; dy < rs; dy++)
          for (let dx = 0; dx < cs; dx++) (m[r + dy] ??= [])[c + dx] = dy === 0 && dx === 0 ? text(inner!) : carry ? text(inner!) : '';
        c += cs;
      }
    });
    return m.map((row) => Array.from(row, (x) => x ?? ''));
  });
}

/** The decoded text of an HTML file: GBK when its meta says so. */
export function readHtml(file: string): string {
  const buf = readFileSync(file);
  return /charset=gbk/i.test(buf.subarray(0, 400).toString('latin1')) ? iconv.decode(buf, 'gbk') : buf.toString('utf8');
}

/** The tables of a markdown file. */
export function mdTables(file: string, carry: boolean): Matrix[] {
  const md = readFileSync(file, 'utf8');
  if (/<table/i.test(md)) return htmlTables(md, carry);
  const rows = md.split('\n').filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l));
  return [
    rows.map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|').replace(/<br>/g, '\n')),
    ),
  ];
}

function shown(v: ExcelJS.CellValue, fmt: string | undefined): string {
  if (v == null) return '';
  if (typeof v === 'number') {
    const p = fmt && /^(?:"(.*)")?0(?:\.(0+))?%$/.exec(fmt);
    return p ? `${p[1] ?? ''}${(v * 100).toFixed(p[2]?.length ?? 0)}%` : String(v);
  }
  return String(v);
}

/** Every sheet of a workbook as a matrix of display texts; merged slaves carried or blank. */
export async function xlsxTables(file: string, carry: boolean): Promise<Matrix[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const m: Matrix = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        const master = cell.isMerged ? cell.master : cell;
        row.push(master !== cell && !carry ? '' : shown(master.value, master.numFmt));
      }
      m.push(row);
    }
    return m;
  });
}

/** The text of a PDF (pdftotext), whitespace removed, and its page count. */
export function pdfText(file: string): { text: string; pages: number } {
  const t = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { text: t.normalize('NFKC').replace(/\s+/g, ''), pages: t.split('\f').filter((p) => p.trim()).length };
}
