// Workbooks are recognised by their bytes, whatever their file name says.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, InputError } from '../../../src/index.ts';
import { pickParser } from '../../../src/parse/registry.ts';
import { looksLikeWorkbook, sniffWorkbook } from '../../../src/parse/spreadsheet/sniff.ts';
import { spreadsheetParser } from '../../../src/parse/spreadsheet/index.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const DIR = 'test/fixtures/spreadsheet';
const head = (path: string) => new Uint8Array(readFileSync(path)).subarray(0, 4096);

describe('spreadsheet sniffing', () => {
  it('tells xlsx, xls and ods apart by content', () => {
    expect(sniffWorkbook(head(`${DIR}/small.xlsx`))).toBe('xlsx');
    expect(sniffWorkbook(head(`${DIR}/suixi-2024-zuzhibu.xlsx`))).toBe('xlsx');
    expect(sniffWorkbook(head(`${DIR}/small.xls`))).toBe('xls');
    expect(sniffWorkbook(head(`${DIR}/small.ods`))).toBe('ods');
  });

  it('leaves text, PDF and other zips to other parsers', () => {
    expect(sniffWorkbook(head('samples/suixi-2024-zuzhibu.md'))).toBeNull();
    expect(sniffWorkbook(new TextEncoder().encode('%PDF-1.7\n'))).toBeNull();
    // A zip whose first entry is word/document.xml (a .docx).
    const docx = new Uint8Array(64);
    docx.set([0x50, 0x4b, 0x03, 0x04]);
    docx.set([17, 0], 26);
    docx.set(new TextEncoder().encode('word/document.xml'), 30);
    expect(sniffWorkbook(docx)).toBeNull();
  });

  it('falls back to the name only when the head reaches no part name of any office format', () => {
    const zipHead = (name: string) => {
      const b = new Uint8Array(4096);
      b.set([0x50, 0x4b, 0x03, 0x04]);
      b.set([name.length, 0], 26);
      b.set(new TextEncoder().encode(name), 30);
      return b;
    };
    expect(looksLikeWorkbook(zipHead('[Content_Types].xml'), 'big.xlsx')).toBe(true);
    expect(looksLikeWorkbook(zipHead('[Content_Types].xml'), 'big.bin')).toBe(false);
    expect(looksLikeWorkbook(zipHead('word/document.xml'), 'misnamed.xlsx')).toBe(false);
    expect(looksLikeWorkbook(head(`${DIR}/small.ods`), 'renamed.bin')).toBe(true);
  });

  it('refuses a damaged workbook with an InputError naming it, not a crash', async () => {
    const bytes = new Uint8Array(readFileSync(`${DIR}/small.xlsx`)).subarray(0, 3000);
    const err = await extract({ path: 'cut.xlsx', bytes }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect([(err as InputError).code, (err as InputError).message.startsWith('cut.xlsx: the xlsx workbook cannot be read')]).toEqual(['bad-workbook', true]);
  });

  it('picks the spreadsheet parser for a workbook renamed to .bin, and extracts it', async () => {
    const dir = tempDir('sniff-');
    const path = join(dir, 'renamed.bin');
    copyFileSync(`${DIR}/small.xlsx`, path);
    expect(pickParser(head(path), path)).toBe(spreadsheetParser);
    const { record } = await extract(path);
    expect(record.source.format).toBe('spreadsheet');
    expect(record.department.name).toBe('示例县财政局');
  });
});
