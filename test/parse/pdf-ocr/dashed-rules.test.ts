// A scanned table whose inner rules are dashed (test/fixtures/scans/dashed-inner-rules-300dpi.jpg): each dash is far
// shorter than a ruling, so only the solid frame was found and the table came back as one cell. Read again with the
// gaps between dashes filled, the rules standing on the frame are the grid.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanGrid } from '../../helpers/scan-grid.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/convert'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the dashed rules scan test needs tesseract with chi_sim and imagemagick ***\n');

describe.skipIf(!tools)('a scanned table with dashed inner rules', () => {
  it('finds every row and column: one indicator a row, its figures in their columns', async () => {
    const rows = await scanGrid('test/fixtures/scans/dashed-inner-rules-300dpi.jpg');
    expect(rows.length).toBe(9);
    expect(rows.every((r) => r.length === 7)).toBe(true);
    expect(rows.slice(1, 8).map((r) => r[2])).toEqual([
      '完成不动产登记办件量',
      '地质灾害隐患点汛期巡查',
      '不动产登记差错率',
      '一般登记办结时限',
      '地质灾害伤亡人数',
      '森林覆盖率',
      '办事群众满意度',
    ]);
    expect(rows.slice(1, 8).map((r) => [r[5], r[6]])).toEqual([
      ['10', '10'],
      ['5', '5'],
      ['8', '8'],
      ['7', '7'],
      ['10', '10'],
      ['8', '8'],
      ['10', '9'],
    ]);
  });
});
