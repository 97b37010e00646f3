// Thin grey rules on a 150 dpi scan (gen40 d02, a helper's PNG of a Chongqing layout B table, cropped): read at
// 300 dpi, each 1-pixel rule spreads over two pixel rows, each too light for ink, and every other row border and
// most column borders were lost, running the indicator rows together. Their darkness summed across the line passes.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanGrid } from '../../helpers/scan-grid.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/convert'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the grey rules scan test needs tesseract with chi_sim and imagemagick ***\n');

describe.skipIf(!tools)('a table ruled in thin grey, scanned at 150 dpi', () => {
  it('finds every row and column border: one indicator a row, its figures in their columns', async () => {
    const rows = (await scanGrid('test/fixtures/scans/grey-rules-150dpi.jpg')).map((r) => [...new Set(r)]);
    expect(rows.length).toBe(14);
    expect(rows[2]).toEqual(['序号', '指标名称', '指标权重', '计量单位', '指标性质', '指标值']);
    expect(rows.slice(3).map((r) => [r[0], r.at(-1)])).toEqual([
      ['1', '260'],
      ['2', '18600'],
      ['3', '14'],
      ['4', '100'],
      ['5', '99'],
      ['6', '100'],
      ['7', '300'],
      ['8', '1800'],
      ['9', '有效维护'],
      ['10', '进一步浓厚'],
      ['11', '90'],
    ]);
  });
});
