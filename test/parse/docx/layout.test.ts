// Word layouts: merges (gridSpan, vMerge) as marked copies, nested tables, paragraphs as blocks, pictures refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/ingest/index.ts';
import { wordParser } from '../../../src/parse/docx/index.ts';
import { sniffWord } from '../../../src/parse/docx/sniff.ts';
import { InputError } from '../../../src/parse/grid.ts';
import { pickParser } from '../../../src/parse/registry.ts';
import { formatLoc, shortLoc } from '../../../src/report/loc.ts';
import { docxOfXml, summarizeWord } from '../../../scripts/docx/write-expected.ts';

const DIR = 'test/fixtures/docx';
const read = (name: string) => {
  const bytes = readFileSync(`${DIR}/${name}`);
  return { path: `${DIR}/${name}`, bytes, sha256: sha256(bytes) };
};

describe('Word layouts', () => {
  it('reads layout.docx into the expected blocks', async () => {
    const doc = await wordParser.parse(read('layout.docx'));
    expect(summarizeWord(doc)).toEqual(JSON.parse(readFileSync(`${DIR}/layout.expected.json`, 'utf8')));
  });

  it('reads edge-cases.document.xml: content controls, gridBefore, tabs, breaks, deletions, fallbacks, OMML, field codes', async () => {
    const doc = await wordParser.parse({ path: 'edge-cases.docx', bytes: docxOfXml(`${DIR}/edge-cases.document.xml`), sha256: '' });
    expect(summarizeWord(doc)).toEqual(JSON.parse(readFileSync(`${DIR}/edge-cases.expected.json`, 'utf8')));
  });

  it('refuses a document whose tables are pictures with a clear error', async () => {
    const err = await wordParser.parse(read('pictures-only.docx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('word-tables-are-pictures');
    expect((err as InputError).message).toBe(
      `${DIR}/pictures-only.docx: the document has no tables, only 1 picture: its tables are probably images (scanned or pasted); run with --ocr to read them by OCR`,
    );
  });

  it('is chosen by content, whatever the file is called', () => {
    const head = read('suixi-2024-zuzhibu.lo.docx').bytes.subarray(0, 4096);
    expect(pickParser(head, 'download.bin').format).toBe('word');
    expect(sniffWord(read('suixi-2024-zuzhibu.doc').bytes, 'x.bin')).toBe('doc');
    // The .wps head does not reach the OLE2 directory: its name decides, as for .doc.
    expect(pickParser(read('suixi-2024-zuzhibu.wps').bytes.subarray(0, 4096), 'a.wps').format).toBe('word');
    expect(sniffWord(new TextEncoder().encode('{\\rtf1\\ansi 表}'), 'x.bin')).toBe('rtf');
    // An xlsx is not taken for Word.
    expect(sniffWord(readFileSync('test/fixtures/spreadsheet/small.xlsx'), 'small.xlsx')).toBeNull();
  });

  it('names a zip without word/document.xml', async () => {
    const err = await wordParser.parse({ path: 'x.docx', bytes: readFileSync('test/fixtures/spreadsheet/small.xlsx'), sha256: '' }).catch((e: unknown) => e);
    expect((err as InputError).code).toBe('unsupported-format');
  });

  it('writes a Word place the way a reader looks it up', () => {
    expect([formatLoc({ table: 1, row: 11, column: 2 }), formatLoc({ paragraph: 3 }), shortLoc({ table: 1, row: 11, column: 2 })]).toEqual([
      'table 1, row 11, col 2',
      'paragraph 3',
      't1r11c2',
    ]);
  });
});
