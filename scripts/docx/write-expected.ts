// Writes test/fixtures/docx/{layout,edge-cases}.expected.json from the parser's reading of layout.docx and of
// edge-cases.document.xml (zipped as a minimal docx); check the diff by eye.
import { readFileSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { sha256 } from '../../src/ingest/index.ts';
import { wordParser } from '../../src/parse/docx/index.ts';
import type { ParsedDocument } from '../../src/parse/grid.ts';

/** Blocks reduced to what a reader checks: kinds, texts, spans-as-copies, and table/row/column places. */
export function summarizeWord(doc: ParsedDocument): unknown[] {
  return doc.blocks.map((b) =>
    b.kind === 'table'
      ? { table: b.grid.loc, rows: b.grid.rows.map((row) => row.map((c) => ({ text: c.text, ...(c.spanned ? { spanned: true } : {}), loc: c.loc }))) }
      : { [b.kind]: b.text, loc: b.loc },
  );
}

/** A hand-written document.xml as the smallest docx that holds it. */
export const docxOfXml = (xmlPath: string): Uint8Array =>
  zipSync({ '[Content_Types].xml': Buffer.from('<Types/>'), 'word/document.xml': readFileSync(xmlPath) });

if (process.argv[1]?.endsWith('write-expected.ts')) {
  const inputs = [
    ['layout', readFileSync('test/fixtures/docx/layout.docx')],
    ['edge-cases', docxOfXml('test/fixtures/docx/edge-cases.document.xml')],
  ] as const;
  for (const [name, bytes] of inputs) {
    const doc = await wordParser.parse({ path: `${name}.docx`, bytes, sha256: sha256(bytes) });
    writeFileSync(`test/fixtures/docx/${name}.expected.json`, `${JSON.stringify(summarizeWord(doc), null, 1)}\n`);
  }
}
