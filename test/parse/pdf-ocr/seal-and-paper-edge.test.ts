// A colour scan with a red seal over the table and the scanner's dark border round the page
// (test/fixtures/scans/seal-and-scanner-frame-150dpi.jpg, scripts/scans/make-seal-scan.sh). Made grey as luminance,
// the seal's ring and strokes were rulings cutting the header into pieces, and the border framed the whole page as
// one cell: the page came back as a single cell of all its text.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { greyWithoutSeal } from '../../../src/parse/pdf/ocr/seal-ink.ts';
import { withoutPaperEdges } from '../../../src/parse/pdf/ocr/rulings-from-raster.ts';
import { scanGrid } from '../../helpers/scan-grid.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/convert'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the seal scan test needs tesseract with chi_sim and imagemagick ***\n');

describe('red ink taken for paper', () => {
  it('lightens red to paper, keeps black, grey and black printed over red, and blends a red-tinged edge', () => {
    const px = (...rgb: number[]) => [...greyWithoutSeal(rgb.length / 3, 1, new Uint8Array(rgb)).data];
    expect(px(215, 40, 40, 0, 0, 0, 128, 128, 128, 250, 248, 245)).toEqual([255, 0, 128, 248]);
    // Black print over the seal: red leads by 20, under the first lead, read as it is.
    expect(px(60, 40, 40)).toEqual([46]);
    // Half way between the leads: half way from its grey to paper.
    expect(px(150, 100, 100)).toEqual([Math.round(115 + (255 - 115) / 2)]);
  });
});

describe('the paper edge is no ruling', () => {
  const page = { width: 1000, height: 1400 };
  const rule = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1, thickness: 2, band: [0, 0] as [number, number] });
  it('drops rulings along the raster edge that no other ruling ends on, keeps the table inside', () => {
    const kept = withoutPaperEdges([rule(5, 0, 5, 1400), rule(0, 1395, 990, 1395), rule(100, 100, 900, 100), rule(500, 100, 500, 1200)], page);
    expect(kept.map((r) => [r.x0, r.y0])).toEqual([
      [100, 100],
      [500, 100],
    ]);
  });
  it('keeps the border of a table cropped close, its rows ending on it', () => {
    const kept = withoutPaperEdges([rule(3, 0, 3, 1400), rule(3, 300, 990, 300), rule(3, 600, 990, 600)], page);
    expect(kept.length).toBe(3);
  });
});

describe.skipIf(!tools)('a colour scan with a seal over the header and a scanner border', () => {
  it('reads the table: its header, the funds line, and every indicator row under the seal', async () => {
    const rows = (await scanGrid('test/fixtures/scans/seal-and-scanner-frame-150dpi.jpg')).map((r) => [...new Set(r)]);
    expect(rows.length).toBe(17);
    // A trace of the seal's stroke at the cell's edge may come back as a bar after the name.
    expect([rows[0]![0], rows[0]![1]!.replace(/\|$/u, '')]).toEqual(['项目名称', '优抚安置工程']);
    expect(rows[3]!.slice(0, 2)).toEqual(['项目资金(万元)', '年度资金总额']);
    expect(rows[3]!.slice(-3)).toEqual(['10', '97.77%', '9.78']);
    expect(rows[5]).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    expect(rows.slice(6).map((r) => r[3])).toEqual([
      '全县范围内参加技能培训并取得合格证书的人数(人)',
      '检查覆盖单位数(家)',
      '纳入年度重点工作计划的补助人数(人)',
      '验收合格率(%)',
      '资金使用合规率(%)',
      '办结时限(天)',
      '完成时间',
      // 偏 read 偷: tesseract's reading at 150 dpi, away from the seal.
      '预算执行偷差率(%)',
      '纳入年度重点工作计划的带动农户增收(万元)',
      '群众办事便利度',
      '就业创业社会知晓率(%)',
    ]);
  });
});
