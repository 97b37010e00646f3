// A scanned layout A form whose task table runs onto page 2 (test/fixtures/scans/tasks-continued-above-indicators.pdf):
// page 2's grid of lines carries the last tasks and then the indicator table in other columns, so it was laid out
// under page 1's columns not at all and its tasks went unread; and tesseract read the 序号 2 as 8 and 7 as 了.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/pdftoppm'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the continued tasks scan test needs tesseract with chi_sim and poppler ***\n');

describe.skipIf(!tools)('tasks continued on a scanned page above its indicator table', () => {
  it('reads every task, numbered by its place where the 序号 OCR read breaks the sequence', async () => {
    const { record } = await extract('test/fixtures/scans/tasks-continued-above-indicators.pdf', { ocr: true });
    expect(record.tasks.map((t) => [t.no, t.name, t.amount, t.numbered])).toEqual([
      [1, '农村人居环境整治经费', 75.6, 'printed'],
      [2, '基层农技推广补助', 30.6, 'position'],
      [3, '动物防疫工作经费', 42, 'printed'],
      [4, '高标准农田建设前期工作经费', 42, 'position'],
      [5, '村级动物防疫员补贴', 70.18, 'printed'],
      [6, '农产品质量安全监测', 25, 'printed'],
      [7, '农村集体经济组织财务审计', 18, 'position'],
      [8, '农业防灾减灾物资储备', 30, 'printed'],
    ]);
    expect(record.indicators.length).toBe(17);
  });
});
