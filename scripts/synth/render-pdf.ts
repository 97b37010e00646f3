// PDF rendering of synthetic documents, the way a finance bureau makes them: the form as an xlsx
// (merged section and level cells, wrapped text, print setup) printed by LibreOffice Calc, or as a word
// processor's table (HTML opened in Writer, first row repeated on each page), in batches.
// Asynchronous and batched (soffice start-up ~4 s), so it sits beside, not inside, the synchronous RENDER map.
import { createRequire } from 'node:module';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { type Doc, type Part, formulaPlain } from './model.ts';
import { Rng } from './rng.ts';
import { type Row, placeRows, tables } from './rows.ts';
import { DEFAULT_STYLE, type PrintStyle, stylePrint } from '../pdf-fixtures/sheet-style.ts';
import { convertToPdf } from '../pdf-fixtures/soffice.ts';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
const COLUMNS = 5;
const NOTE = '备注: 1. 本表的填报主体是县级一级预算单位。';
/** Portrait pages need a smaller print scale for the five columns to fit the width. */
const PORTRAIT_SCALE = 70;

/** The printed text of a cell: formulas in plain arithmetic, as a spreadsheet cell shows them. */
export const cellText = (parts: Part[]) => parts.map((p) => (typeof p === 'string' ? p : formulaPlain(p))).join('');

/** A print style drawn from the document's index: every fourth document unruled, the rest varied. */
export function styleFor(doc: Doc, index: number): PrintStyle {
  const rng = new Rng(0x5eed ^ Math.imul(index + 1, 2654435761) ^ doc.year);
  const portrait = rng.chance(0.4);
  return {
    ...DEFAULT_STYLE,
    rulings: index % 4 !== 3,
    orientation: portrait ? 'portrait' : 'landscape',
    titleRows: rng.chance(0.7) ? '1:1' : undefined,
    fontSize: rng.pick([9, 10, 10, 11]),
    scale: portrait ? PORTRAIT_SCALE : 100,
  };
}

/** Which program prints a document: every third one a word processor (Writer), the rest a spreadsheet (Calc). */
export const engineFor = (_doc: Doc, index: number): 'calc' | 'writer' => (index % 3 === 2 ? 'writer' : 'calc');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The document as an HTML page for Writer: bold centred title, the form as one table whose first row
 * (部门名称) is a repeated heading row when the style repeats titles, ruled unless the style says otherwise.
 */
export function pdfHtml(doc: Doc, style: PrintStyle): string {
  const tr = (r: Row) =>
    `<tr>${r.map((c) => `<td${(c.rowSpan ?? 1) > 1 ? ` rowspan="${c.rowSpan}"` : ''}${(c.colSpan ?? 1) > 1 ? ` colspan="${c.colSpan}"` : ''}>${esc(cellText(c.parts))}</td>`).join('')}</tr>`;
  const rows = tables(doc).flat();
  const head = style.titleRows ? `<thead>${tr(rows[0]!)}</thead>\n<tbody>` : `<tbody>${tr(rows[0]!)}`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>td { font-size: ${style.fontSize}pt; }</style></head>
<body>
<p align="center"><b><font size="4">${esc(doc.title)}</font></b></p>
<table border="${style.rulings ? 1 : 0}" cellspacing="0" cellpadding="3" width="100%">
${[10, 18, 38, 10, 24].map((w) => `<col width="${w}%">`).join('')}
${head}
${rows.slice(1).map(tr).join('\n')}
</tbody></table>
<p>${esc(NOTE)}</p>
</body></html>
`;
}

/** Writes rows with their spans from `top` on, merging what spans; returns the next free row. */
export function writeRows(ws: import('exceljs').Worksheet, rows: Row[], top: number): number {
  placeRows(rows, top).forEach((r, i) =>
    r.forEach((p, k) => {
      const text = cellText(rows[i]![k]!.parts);
      if (text !== '') ws.getRow(p.row).getCell(p.col).value = text;
      if (p.rowSpan > 1 || p.colSpan > 1) ws.mergeCells(p.row, p.col, p.row + p.rowSpan - 1, p.col + p.colSpan - 1);
    }),
  );
  return top + rows.length;
}

/** The document as a one-sheet workbook set up for printing: title row, the form, a note under it. */
export function pdfWorkbook(doc: Doc, style: PrintStyle): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-extract synth';
  wb.created = wb.modified = new Date(Date.UTC(doc.year - 1, 11, 20));
  const ws = wb.addWorksheet(`${doc.year}年绩效目标表`);
  ws.getCell('A1').value = doc.title;
  ws.mergeCells('A1:E1');
  // A page break inside the task rows is the markdown renderers' concern: printed, the form is one table.
  const end = writeRows(ws, tables(doc).flat(), 2);
  ws.getCell(`A${end}`).value = NOTE;
  ws.mergeCells(`A${end}:E${end}`);
  stylePrint(ws, style, 2, end - 1, COLUMNS);
  return wb;
}

/**
 * Writes each document as DIR/<doc.file> (a .pdf name) through one LibreOffice process per batch and
 * program; `style` picks each document's print style, `engine` the program that prints it.
 */
export async function writePdfs(docs: Doc[], dir: string, style = styleFor, engine = engineFor): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'synth-pdf-'));
  try {
    const calc: Array<[Doc, string]> = [],
      writer: Array<[Doc, string]> = [];
    for (const [i, doc] of docs.entries()) {
      if (engine(doc, i) === 'writer') {
        const path = join(tmp, doc.file.replace(/\.pdf$/, '.html'));
        writeFileSync(path, pdfHtml(doc, style(doc, i)));
        writer.push([doc, path]);
      } else {
        const path = join(tmp, doc.file.replace(/\.pdf$/, '.xlsx'));
        await pdfWorkbook(doc, style(doc, i)).xlsx.writeFile(path);
        calc.push([doc, path]);
      }
    }
    const place = (batch: Array<[Doc, string]>, pdfs: string[]) => batch.forEach(([doc], k) => renameSync(pdfs[k]!, join(dir, doc.file)));
    if (calc.length)
      place(
        calc,
        convertToPdf(
          calc.map(([, p]) => p),
          tmp,
        ),
      );
    if (writer.length)
      place(
        writer,
        convertToPdf(
          writer.map(([, p]) => p),
          tmp,
          'pdf:writer_pdf_Export',
          'HTML (StarWriter)',
        ),
      );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
