// MinerU-style markdown (title + one-line HTML tables, LaTeX $…$) and a GBK-encoded HTML page (MathML/plain).
import iconv from 'iconv-lite';
import { type Doc, type Formula, type Part, formulaLatex, formulaMathml, formulaPlain } from './model.ts';
import { type Row, tables } from './rows.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function table(rows: Row[], inner: (p: Part[]) => string, attrs: string, sep: string): string {
  const td = (cell: Row[number]) =>
    `<td${(cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${(cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : ''}>${inner(cell.parts)}</td>`;
  return `<table${attrs}>${rows.map((r) => `${sep}<tr>${r.map(td).join('')}</tr>`).join('')}${sep}</table>`;
}

/** MinerU markdown: a title line, then one single-line <table> per page (the second a continuation). */
export function renderMineru(doc: Doc): string {
  const inner = (parts: Part[]) => parts.map((p) => (typeof p === 'string' ? esc(p) : `$${formulaLatex(p)}$`)).join('');
  return `# ${doc.title}\n\n${tables(doc)
    .map((t) => table(t, inner, '', ''))
    .join('\n\n')}\n`;
}

/** A formula in the page: MathML, or plain text when the generator drew the second syntax. */
const htmlFormula = (f: Formula) => (f.alt ? esc(formulaPlain(f)) : formulaMathml(f));

/** The GBK page as text (before encoding), so tests can compare it with the decoded bytes. */
export function htmlPageText(doc: Doc): string {
  const inner = (parts: Part[]) => parts.map((p) => (typeof p === 'string' ? esc(p) : htmlFormula(p))).join('');
  const rows = tables(doc).flat();
  const heading = doc.format === 'html-gbk' && doc.year % 2 ? `<h2>${esc(doc.title)}</h2>` : `<p align="center"><b>${esc(doc.title)}</b></p>`;
  return `<!DOCTYPE html>
<html><head><meta charset="gbk"><title>${esc(doc.title)}</title></head>
<body>
${heading}
${table(rows, inner, ' border="1" cellspacing="0"', '\n')}
<p>备注: 1. 本表的填报主体是县级一级预算单位。</p>
</body></html>
`;
}

/** The GBK page as bytes. */
export function renderHtmlGbk(doc: Doc): Buffer {
  return iconv.encode(htmlPageText(doc), 'gbk');
}
