// A target split over 指标性质 | 指标值 | 度量单位 on a 200 dpi scan (test/fixtures/scans/split-sign-and-unit-columns.png,
// a crop of a helper's layout H page): chi_sim read the lone ≥ and ≤ as 之 and 近 (UMing's ⩾ ⩽, their foot leaning
// along the lower arm), and the lone % as 多, 入 or letters. The signs are told by their shape, the % by eng.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanGrid } from '../../helpers/scan-grid.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/convert'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the split sign and unit scan test needs tesseract with chi_sim and eng, and imagemagick ***\n');

describe.skipIf(!tools)('lone signs and units in columns of their own, scanned', () => {
  it('reads each sign by its shape and each % as eng reads it', async () => {
    const rows = await scanGrid('test/fixtures/scans/split-sign-and-unit-columns.png');
    const header = rows[0]!;
    const [sign, unit] = [header.indexOf('指标性质'), header.indexOf('度量单位')];
    expect([sign, unit]).toEqual([3, 5]);
    const body = rows.slice(1, 10);
    expect(body.map((r) => r[sign])).toEqual(['', '', '≥', '≥', '≥', '≤', '≥', '≥', '≥']);
    // The third row's unit is garbled past reading (性寅): chi_sim and eng both read it as characters.
    expect(body.map((r) => r[unit]).filter((_, i) => i !== 2)).toEqual(['次', '人', '%', '%', '元', '%', '%', '%']);
  });
});
