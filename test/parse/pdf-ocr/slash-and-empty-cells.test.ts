// Blank cells printed with a slash (/, "not applicable") read as 1, 7 or 了 by chi_sim, and header cells tesseract
// returns nothing for on a grey 200 dpi scan: the slash is told by its shape, the empty cell read again stretched.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanGrid } from '../../helpers/scan-grid.ts';
import { isSlash } from '../../../src/parse/pdf/ocr/slash-cells.ts';
import { stretched, unreadCells } from '../../../src/parse/pdf/ocr/empty-cells.ts';
import type { GrayImage } from '../../../src/parse/pdf/ocr/pgm.ts';
import type { OcrWord } from '../../../src/parse/pdf/ocr/tesseract-tsv.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/convert'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the slash and empty cell scan test needs tesseract with chi_sim and imagemagick ***\n');

/** A 30 × 30 cell of paper with the given pixels inked. */
function glyph(inked: (x: number, y: number) => boolean): GrayImage {
  const img = { width: 30, height: 30, data: new Uint8Array(900).fill(235) };
  for (let y = 0; y < 30; y++) for (let x = 0; x < 30; x++) if (inked(x, y)) img.data[y * 30 + x] = 30;
  return img;
}
/** The box round a glyph's ink, as the OCR step hands it over. */
function inkOf(img: GrayImage) {
  const box = { x0: 30, y0: 30, x1: 0, y1: 0 };
  for (let y = 0; y < 30; y++)
    for (let x = 0; x < 30; x++)
      if (img.data[y * 30 + x]! < 160)
        Object.assign(box, { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + 1), y1: Math.max(box.y1, y + 1) });
  return box;
}
const slash = (inked: (x: number, y: number) => boolean) => {
  const img = glyph(inked);
  return isSlash(img, inkOf(img), 160);
};

describe('isSlash', () => {
  it('a thin stroke leaning right as it rises is a slash', () => {
    expect(slash((x, y) => y >= 5 && y < 25 && Math.abs(x - (20 - (y - 5) * 0.3)) <= 1.5)).toBe(true);
  });

  it('an upright 1 with its flag and foot, and a 7 with its bar, are not', () => {
    const one = (x: number, y: number) =>
      (y >= 5 && y < 25 && x >= 14 && x <= 16) || (y >= 5 && y < 8 && x >= 11 && x < 14) || (y >= 23 && y < 25 && x >= 10 && x <= 20);
    const seven = (x: number, y: number) => (y >= 5 && y < 8 && x >= 8 && x <= 22) || (y >= 8 && y < 25 && Math.abs(x - (21 - (y - 8) * 0.4)) <= 1.5);
    expect(slash(one)).toBe(false);
    expect(slash(seven)).toBe(false);
  });
});

describe('empty cells', () => {
  const word = (page: number): OcrWord => ({ text: '权', left: 0, top: 0, width: 20, height: 20, conf: 90, page, block: 1, par: 1, line: 1, word: 1 });

  it('are those with a character’s worth of ink (0.08 in) and no word', () => {
    const inks = [
      { x0: 0, y0: 0, x1: 40, y1: 20 },
      { x0: 0, y0: 0, x1: 40, y1: 20 },
      { x0: 0, y0: 0, x1: 40, y1: 5 },
    ];
    expect(unreadCells(inks, [word(1)], 200)).toEqual([1]);
  });

  it('are stretched from their cell’s ink and paper levels to black on white, the frame staying white', () => {
    const page = { width: 4, height: 1, data: Uint8Array.from([60, 215, 215, 215]) };
    const piece = { width: 3, height: 1, data: Uint8Array.from([255, 60, 215]) };
    expect([...stretched(piece, page, { x0: 0, y0: 0, x1: 4, y1: 1 }).data]).toEqual([255, 0, 255]);
  });
});

describe.skipIf(!tools)('a scanned funds block with slashes in its blank cells (200 dpi JPEG)', () => {
  it('reads each slash as /, no figure, and the 原因 header cell', async () => {
    const rows = await scanGrid('test/fixtures/scans/funds-block-slashes.jpg');
    expect(rows.slice(1, 7).map((r) => r.slice(1))).toEqual([
      ['年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
      ['总额', '150.00', '162.00', '158.76', '98.00%', '10', '9.80', ''],
      ['其中:财政资金', '150.00', '162.00', '158.76', '98.00%', '/', '/', ''],
      ['财政专户管理资金', '0.00', '0.00', '0.00', '/', '/', '/', ''],
      ['单位资金', '0.00', '0.00', '0.00', '/', '/', '/', ''],
      ['其他资金', '0.00', '0.00', '0.00', '/', '/', '/', ''],
    ]);
  });
});

describe('a slash chi_sim reads with a stroke beside it', () => {
  it('is a slash when the cell’s ink is one leaning stroke (1/ → /); a 1 beside a slash stays', async () => {
    const { withSlashes } = await import('../../../src/parse/pdf/ocr/slash-cells.ts');
    const rows = Array.from({ length: 12 }, (_, y) => [...'............'].map((_, x) => (x === 11 - y || x === 10 - y ? '#' : '.')).join(''));
    const data = Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 30 : 235));
    const img = { width: 12, height: 12, data };
    const ink = { x0: 0, y0: 0, x1: 12, y1: 12 };
    const word = (text: string) => ({ text, left: 0, top: 0, width: 12, height: 12, conf: 60, page: 1, block: 1, par: 1, line: 1, word: 1 });
    expect(withSlashes([word('1/')], [ink], img, 160).map((w) => w.text)).toEqual(['/']);
    expect(withSlashes([word('12')], [ink], img, 160).map((w) => w.text)).toEqual(['12']);
  });
});
