// Print the blocks a PDF parses into: each table as rows of cells separated by │, so a reader can judge the grid.
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { pdfParser } from '../../src/parse/pdf/index.ts';

const [path, ...rest] = process.argv.slice(2);
if (!path) throw new Error('usage: show-grid.ts file.pdf [--page N] [--ocr]');
const pageAt = rest.indexOf('--page');
const onlyPage = pageAt >= 0 ? Number(rest[pageAt + 1]) : undefined;
// --ocr: a scan, read as `extract --ocr` reads it.
const ocr = rest.includes('--ocr');
const bytes = new Uint8Array(await readFile(path));
const doc = await pdfParser.parse({ path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes }, { ocr });
for (const b of doc.blocks) {
  if (b.kind !== 'table') {
    if (onlyPage === undefined || b.loc.page === onlyPage) console.log(`[${b.kind} p${b.loc.page}] ${b.text}`);
    continue;
  }
  if (onlyPage !== undefined && b.grid.loc.page !== onlyPage) continue;
  console.log(`[table p${b.grid.loc.page} ${b.grid.rows.length} rows]`);
  for (const row of b.grid.rows) console.log('  ' + row.map((c) => (c.spanned ? '^' : '') + c.text).join(' │ '));
}
