// A scanned table continued on the next page without its header (gen40 d06, cropped): page 2 draws fewer columns
// than page 1 (the facts above the indicators split 指标内容 over two), so its rows are laid out again under page 1's
// columns, within the few points two pages deskewed apart stand off. The section label 绩效指标 is no misread label.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/convert', '/usr/bin/identify'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the continued scan pages test needs tesseract with chi_sim and imagemagick ***\n');

describe.skipIf(!tools)('a two-page scan whose indicator table goes on without a header', () => {
  it('reads the rows of page 2 as the same table, with their levels, and repairs no label', async () => {
    const { record } = await extract('test/fixtures/scans/continued-without-header.tif', { ocr: true });
    expect(record.indicators.length).toBe(13);
    expect(record.indicators.slice(9).map((i) => [i.no, i.level1, i.level2, i.name, i.value.raw])).toEqual([
      [10, '效益指标', '社会效益指标', '老年人生活质量', '明显提高'],
      [11, '效益指标', '社会效益指标', '家庭照护负担', '有效减轻'],
      [12, '效益指标', '可持续影响指标', '居家养老服务体系', '逐步完善'],
      [13, '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'],
    ]);
    expect(record.flags.map((f) => f.rule).filter((r) => r !== 'ocr-digit')).toEqual([]);
  });
});
