// .xls and .ods read through LibreOffice: the same grid as the xlsx they were saved from.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/parse/grid.ts';
import { sofficeBinary } from '../../../src/parse/spreadsheet/convert.ts';
import { parseFixture, summarize, type BlockSummary } from './summary.ts';

const DIR = 'test/fixtures/spreadsheet';
const expected = JSON.parse(readFileSync(`${DIR}/small.expected.json`, 'utf8')) as { blocks: BlockSummary[]; sheetFormulas: unknown[] };

function hasSoffice(): boolean {
  try {
    execFileSync(sofficeBinary(), ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
const SOFFICE = hasSoffice();
// Skipped loudly on a workstation without LibreOffice; in CI (CI set) they run, and fail if it is missing.
const SKIP = !SOFFICE && !process.env.CI;
if (SKIP) console.warn('\n!!! SKIPPING the .xls/.ods tests: LibreOffice (soffice) is not installed. CI must install libreoffice-calc-nogui. !!!\n');

describe.skipIf(SKIP)('legacy workbooks through LibreOffice', () => {
  for (const name of ['small.xls', 'small.ods']) {
    it(`reads ${name} into exactly the grid and formulas of small.xlsx`, async () => {
      const doc = await parseFixture(`${DIR}/${name}`);
      expect(summarize(doc)).toEqual(expected.blocks);
      expect(doc.sheetFormulas).toEqual(expected.sheetFormulas);
      expect(doc.source.format).toBe('spreadsheet');
      expect(doc.warnings.map((w) => [w.rule, w.severity])).toEqual([['spreadsheet-converted', 'info']]);
    });
  }

  it('converts two files at once without their LibreOffice profiles colliding', async () => {
    const [a, b] = await Promise.all([parseFixture(`${DIR}/small.xls`), parseFixture(`${DIR}/small.ods`)]);
    expect(summarize(a)).toEqual(summarize(b));
  });
});

describe('legacy workbooks without LibreOffice', () => {
  const saved = process.env.BUDGET_EXTRACT_SOFFICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.BUDGET_EXTRACT_SOFFICE;
    else process.env.BUDGET_EXTRACT_SOFFICE = saved;
  });

  it('refuses an .xls with InputError xls-converter-missing naming the file and the package', async () => {
    process.env.BUDGET_EXTRACT_SOFFICE = '/nonexistent/soffice';
    const err = await parseFixture(`${DIR}/small.xls`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('xls-converter-missing');
    expect((err as InputError).message).toContain('small.xls');
    expect((err as InputError).message).toContain('libreoffice-calc-nogui');
  });
});
