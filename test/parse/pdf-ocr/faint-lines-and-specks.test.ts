// A photocopied table: a border printed thin over one column, a thick rule over a shaded header, specks of dust in
// a cell, and a wrapped cell whose short last line sits close under the first. Each is drawn here in pixels.
import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../src/parse/pdf/ocr/pgm.ts';
import { detectRulings, rulingOptionsForDpi } from '../../../src/parse/pdf/ocr/rulings-from-raster.ts';
import { spreadLines, textBox } from '../../../src/parse/pdf/ocr/regions.ts';

const PAPER = 215;

function paper(width: number, height: number): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(PAPER) };
}
/** Paint [x0, x1) × [y0, y1) with a tone. */
function fill(img: GrayImage, x0: number, y0: number, x1: number, y1: number, tone = 20): void {
  for (let y = y0; y < y1; y++) img.data.fill(tone, y * img.width + x0, y * img.width + x1);
}
const lines = (img: GrayImage) =>
  detectRulings(img, rulingOptionsForDpi(200)).map((r) => [r.x0, r.y0, r.x1, r.y1].map(Math.round) as [number, number, number, number]);

describe('rulings that go on fainter', () => {
  // Three columns at x 40 | 200 | 360 | 520; rows at y 40 | 140 | 240.
  function table(faint: (img: GrayImage) => void): GrayImage {
    const img = paper(560, 280);
    for (const y of [40, 240]) fill(img, 40, y, 522, y + 2);
    for (const x of [40, 200, 360, 520]) fill(img, x, 40, x + 2, 242);
    faint(img);
    return img;
  }

  it('joins a border across the column where it was printed thin (grey, a dip of 45 under the paper)', () => {
    const img = table((i) => {
      fill(i, 40, 140, 200, 142);
      fill(i, 200, 140, 360, 141, 170);
      fill(i, 360, 140, 522, 142);
    });
    expect(lines(img).filter(([, y0, , y1]) => y0 === y1 && y0 === 141)).toEqual([[40, 141, 521, 141]]);
  });

  it('leaves the gap open where the paper shows no line (a merged cell), text crossing it or not', () => {
    const img = table((i) => {
      fill(i, 40, 140, 200, 142);
      fill(i, 360, 140, 522, 142);
      fill(i, 250, 136, 262, 150); // a character in the merged cell, on the line's row
    });
    expect(lines(img).filter(([, y0, , y1]) => y0 === y1 && Math.abs(y0 - 141) <= 1)).toEqual([
      [40, 141, 201, 141],
      [360, 141, 521, 141],
    ]);
  });

  it("runs a vertical on to the table's bottom border where its last row printed it thin", () => {
    const img = table((i) => {
      fill(i, 40, 140, 522, 142);
      fill(i, 520, 40, 522, 242, PAPER); // the right border: dark down to the middle rule, thin below it
      fill(i, 520, 40, 522, 142);
      fill(i, 520, 142, 521, 240, 170);
    });
    expect(lines(img).filter(([x0, , x1]) => x0 === x1 && x0 === 521)).toEqual([[521, 40, 521, 241]]);
  });

  it('keeps a thick rule (a 1.5 pt border over a header: 9 px at 300 dpi) as a ruling, not shading', () => {
    const img = paper(600, 200);
    fill(img, 40, 60, 560, 69);
    fill(img, 40, 150, 560, 152);
    for (const x of [40, 300, 558]) fill(img, x, 60, x + 2, 152);
    const found = detectRulings(img, rulingOptionsForDpi(300)).filter((r) => r.y0 === r.y1);
    expect(found.map((r) => [r.y0, r.thickness])).toEqual([
      [64, 9],
      [150.5, 2],
    ]);
  });
});

describe('textBox: a cell cut to its text', () => {
  const cell = { x0: 0, y0: 0, x1: 300, y1: 60 };

  it('leaves out a speck of dust far from the number (tesseract read 58 with it as SYSB)', () => {
    const img = paper(300, 60);
    fill(img, 240, 20, 252, 40); // 5
    fill(img, 256, 20, 268, 40); // 8
    fill(img, 30, 10, 32, 12); // a speck: 4 px
    expect(textBox(img, cell, 160, 12)).toEqual({ x0: 240, y0: 20, x1: 268, y1: 40 });
  });

  it('keeps the small blots beside the text: a decimal point, the dots after 任务1:', () => {
    const img = paper(300, 60);
    fill(img, 20, 20, 40, 40);
    for (const x of [46, 54, 62, 70, 78]) fill(img, x, 37, x + 3, 40);
    expect(textBox(img, cell, 160, 12)).toEqual({ x0: 20, y0: 20, x1: 81, y1: 40 });
  });

  it('finds no text in a cell holding only specks, but a row of dots alone is text (a placeholder .....)', () => {
    const specks = paper(300, 60);
    fill(specks, 30, 10, 32, 12);
    fill(specks, 200, 45, 202, 47);
    expect(textBox(specks, cell, 160, 12)).toBeNull();
    const dots = paper(300, 60);
    for (const x of [100, 110, 120, 130]) fill(dots, x, 30, x + 3, 33);
    expect(textBox(dots, cell, 160, 12)).toEqual({ x0: 100, y0: 30, x1: 133, y1: 33 });
  });
});

describe('spreadLines: a wrapped cell with its lines set apart', () => {
  it('widens a 4-row gap between two 30-row lines to 15 rows and maps each line back to its page rows', () => {
    const img = paper(200, 100);
    fill(img, 10, 10, 190, 40); // 组织开展专项督查和随机抽查工
    fill(img, 10, 44, 40, 74); // 作
    const { img: out, pageY } = spreadLines(img, { x0: 10, y0: 10, x1: 190, y1: 74 }, 160, 12);
    expect([out.width, out.height]).toEqual([180 + 24, 64 + 24 + 11]);
    const dark = (y: number) => out.data[y * out.width + 20]! < 160;
    // Line one at rows 12..41, the widened gap, line two from row 12 + 30 + 4 + 11 = 57.
    expect([dark(12), dark(41), dark(42), dark(56), dark(57), dark(86)]).toEqual([true, true, false, false, true, true]);
    expect([pageY(12), pageY(41), pageY(57), pageY(86)]).toEqual([10, 39, 44, 73]);
  });

  it('leaves a one-line cell as it is', () => {
    const img = paper(100, 40);
    fill(img, 10, 10, 90, 30);
    const { img: out, pageY } = spreadLines(img, { x0: 10, y0: 10, x1: 90, y1: 30 }, 160, 12);
    expect([out.width, out.height, pageY(12)]).toEqual([104, 44, 10]);
  });
});
