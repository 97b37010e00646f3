// A GFM pipe table as a person types one: title heading, merged cells repeated or left blank, $…$ formulas.
import { type Doc, type Part, formulaLatex } from './model.ts';
import { expand, tables } from './rows.ts';

/** Cell text safe inside a pipe table: no raw "|" and no line breaks. */
const cellText = (parts: Part[]) =>
  parts
    .map((p) => (typeof p === 'string' ? p : `$${formulaLatex(p)}$`))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .replace(/ ?\$ ?/g, '$');

/** The whole document as GFM. */
export function renderGfm(doc: Doc): string {
  const grid = expand(tables(doc).flat(), doc.repeatMerged);
  const line = (r: Part[][]) => `| ${r.map(cellText).join(' | ')} |`;
  return [`## ${doc.title}`, '', line(grid[0]!), '| --- | --- | --- | --- | --- |', ...grid.slice(1).map(line), ''].join('\n');
}
