// Writes test/fixtures/docx/layout.expected.json from the parser's reading of layout.docx; check the diff by eye.
import { readFileSync, writeFileSync } from 'node:fs';
import { sha256 } from '../../src/ingest/index.ts';
import { wordParser } from '../../src/parse/docx/index.ts';
import type { ParsedDocument } from '../../src/parse/grid.ts';

/** Blocks reduced to what a reader checks: kinds, texts, spans-as-copies, and table/row/column places. */
export function summarizeWord(doc: ParsedDocument): unknown[] {
  return doc.blocks.map((b) => (b.kind === 'table'
    ? { table: b.grid.loc, rows: b.grid.rows.map((row) => row.map((c) => ({ text: c.text, ...(c.spanned ? { spanned: true } : {}), loc: c.loc }))) }
    : { [b.kind]: b.text, loc: b.loc }));
}

const path = 'test/fixtures/docx/layout.docx';
const bytes = readFileSync(path);
if (process.argv[1]?.endsWith('write-expected.ts')) {
  const doc = await wordParser.parse({ path, bytes, sha256: sha256(bytes) });
  writeFileSync('test/fixtures/docx/layout.expected.json', `${JSON.stringify(summarizeWord(doc), null, 1)}\n`);
}
