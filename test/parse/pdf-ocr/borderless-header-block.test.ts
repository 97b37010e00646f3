// The key/value block a borderless scanned form opens with: labels of equal length stand left-aligned on every line
// (下属二级单位数, 收入来源, 财政拨款, 其他资金), so their character gaps line up into a blank no line inks; the goal
// runs across the value columns; its label wraps over two lines (总体绩效 / 目标) beside a goal of two lines.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/convert'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the borderless header block test needs tesseract with chi_sim and imagemagick ***\n');

describe.skipIf(!tools)('a borderless scan’s 部门名称 block (v05 page 1, JPEG at 206 dpi)', () => {
  const read = extract('test/fixtures/scans/v05-p1-header.jpg', { ocr: true }).then((r) => r.record);

  it('keeps a label whole where its character gaps line up with the lines below (下属二级单位数 | 9)', async () => {
    const record = await read;
    expect(record.department).toEqual({ name: '丰浦县科学技术协会', staffCount: 362, subordinateUnits: 9 });
    expect(record.budget.income.fiscalAppropriation).toBe(3906.055309);
    expect(record.budget.expenditure).toMatchObject({ basic: 2052.927309, project: 1853.128 });
  });

  it('reads the goal spanning the value columns whole, both its lines, under a label wrapped over two', async () => {
    expect((await read).overallGoal).toBe(
      '坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实县委、县政府决策部署,围绕院士工作站、科技下乡等重点工作,强化预算绩效管理,提高财政资金使用效益。',
    );
  });
});
