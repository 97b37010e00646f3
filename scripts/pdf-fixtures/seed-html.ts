// The seed as a word-processor table (HTML opened in LibreOffice Writer): the first row, 部门名称, marked as
// a heading row that Writer repeats at the top of every page, rows allowed to break across pages.
import { seedRows } from './seed-sheet.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Column widths in percent of the text area, as a clerk would drag them. */
const WIDTHS = [10, 18, 38, 10, 24];

/** The HTML page: centred bold title, a ruled table whose <thead> repeats, the notes as paragraphs. */
export async function seedHtml(): Promise<string> {
  const { title, rows, notes } = await seedRows();
  const tr = (r: (typeof rows)[number]) =>
    `<tr>${r.map((c) => `<td${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}>${esc(c.text)}</td>`).join('')}</tr>`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title><style>td { font-size: 10pt; }</style></head>
<body>
<p align="center"><b><font size="4">${esc(title)}</font></b></p>
<table border="1" cellspacing="0" cellpadding="3" width="100%">
${WIDTHS.map((w) => `<col width="${w}%">`).join('')}
<thead>${tr(rows[0]!)}</thead>
<tbody>
${rows.slice(1).map(tr).join('\n')}
</tbody></table>
${notes.map((n) => `<p>${esc(n)}</p>`).join('\n')}
</body></html>
`;
}
