// A page photographed under a lamp (paper greying towards a corner), a border printed broken, and hairlines left
// faint by resampling: each drawn here in pixels.
import { describe, expect, it } from 'vitest';
import { estimateSkew, rotate } from '../../../src/parse/pdf/ocr/deskew.ts';
import { evenLight } from '../../../src/parse/pdf/ocr/even-light.ts';
import type { GrayImage } from '../../../src/parse/pdf/ocr/pgm.ts';
import { detectRulings, pageRulings, rulingOptionsForDpi } from '../../../src/parse/pdf/ocr/rulings-from-raster.ts';

function paper(width: number, height: number, tone = 240): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(tone) };
}
/** Paint [x0, x1) × [y0, y1) with a tone. */
function fill(img: GrayImage, x0: number, y0: number, x1: number, y1: number, tone = 20): void {
  for (let y = y0; y < y1; y++) img.data.fill(tone, y * img.width + x0, y * img.width + x1);
}
/** Darken the page towards its bottom right corner, as a lamp at the top left lights it: paper 240 → 96 there. */
function vignette(img: GrayImage): GrayImage {
  const data = img.data.map((v, i) => {
    const [x, y] = [i % img.width, Math.floor(i / img.width)];
    return Math.round(v * (1 - 0.6 * ((x / img.width + y / img.height) / 2)));
  });
  return { ...img, data };
}
const horizontals = (rs: { x0: number; y0: number; x1: number; y1: number }[]) =>
  rs.filter((r) => r.y0 === r.y1).map((r) => [r.x0, r.y0, r.x1].map(Math.round));

describe('uneven light', () => {
  /** Lines of text-like blocks, as in the deskew tests, on paper of 240. */
  function textPage(): GrayImage {
    const img = paper(800, 1000);
    for (let line = 0; line < 18; line++)
      for (let x = 100; x < 700; x += 26) if ((x * 7 + line * 13) % 5 !== 0) fill(img, x, 120 + line * 42, x + 18, 140 + line * 42, 40);
    return img;
  }

  it('divides the paper’s tone out: the dark corner is paper again, and ink stays ink', () => {
    const lit = evenLight(vignette(textPage()));
    const at = (x: number, y: number) => lit.data[y * lit.width + x]!;
    expect(at(790, 990)).toBeGreaterThanOrEqual(235); // paper in the darkest corner
    expect(at(130, 130)).toBeLessThanOrEqual(60); // a block of ink
  });

  it('leaves a page whose paper is bright all over as it is', () => {
    const page = textPage();
    expect(evenLight(page)).toBe(page);
  });

  it('lets the skew of a grainy page darkening towards a corner be found (4.2°)', () => {
    // Grain of ±32 in tone (a phone's JPEG): in the dark corner, paper grains fall below ink's threshold by the thousand.
    let seed = 7;
    const grain = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 64;
    const page = rotate(textPage(), -4.2);
    const dark = vignette({ ...page, data: page.data.map((v) => Math.max(0, Math.min(255, Math.round(v + grain())))) });
    expect(Math.abs(estimateSkew(evenLight(dark)) - 4.2)).toBeLessThanOrEqual(0.05);
  });
});

describe('broken and faint rulings', () => {
  // A table of three columns at x 40 | 200 | 360 | 520; rows at y 40 | 140 | 240.
  function table(): GrayImage {
    const img = paper(560, 280);
    for (const y of [40, 240]) fill(img, 40, y, 522, y + 2);
    for (const x of [40, 200, 360, 520]) fill(img, x, 40, x + 2, 242);
    return img;
  }
  const lines = (img: GrayImage) => detectRulings(img, rulingOptionsForDpi(200));

  it('mends a border printed broken, gaps of paper and all, into one ruling', () => {
    const img = table();
    fill(img, 40, 140, 522, 142);
    for (const x of [90, 250, 300, 420]) fill(img, x, 140, x + 18, 142, 240); // worn away, not at a column's edge
    fill(img, 470, 140, 480, 142, 240);
    expect(horizontals(lines(img)).filter(([, y]) => y === 141)).toEqual([[40, 141, 521]]);
  });

  it('leaves a border stopping at a merged cell’s edges apart', () => {
    const img = table();
    fill(img, 40, 140, 202, 142);
    fill(img, 360, 140, 522, 142);
    expect(horizontals(lines(img)).filter(([, y]) => y === 141)).toEqual([
      [40, 141, 201],
      [360, 141, 521],
    ]);
  });

  it('does not stack strokes of a bold title into a vertical ruling', () => {
    const img = table();
    fill(img, 40, 140, 522, 142);
    // A title's strokes above the table, one under another at one x: short pieces with short gaps.
    for (const y of [2, 14, 26]) fill(img, 300, y, 303, y + 9);
    expect(lines(img).filter((r) => r.x0 === r.x1 && Math.abs(r.x0 - 301) <= 2)).toEqual([]);
  });

  it('reads hairlines left grey (195 on paper 245) by the paper’s tone', () => {
    const img = paper(560, 280, 245);
    for (const y of [40, 90, 140, 190, 240]) fill(img, 40, y, 522, y + 1, 195);
    for (const x of [40, 200, 360, 520]) fill(img, x, 40, x + 1, 241, 195);
    expect(horizontals(pageRulings(img, rulingOptionsForDpi(200))).map(([, y]) => y)).toEqual([40, 90, 140, 190, 240]);
  });
  it('adds the faint inner rules of a grid whose frame and some rules are dark', () => {
    const img = paper(560, 320, 230);
    for (const y of [40, 120, 200, 280]) fill(img, 40, y, 522, y + 2);
    for (const y of [80, 160, 240]) fill(img, 40, y, 522, y + 1, 185);
    for (const x of [40, 200, 360, 520]) fill(img, x, 40, x + 2, 282);
    fill(img, 420, 60, 480, 61, 185); // a faint stroke inside a cell, touching no ruling: stays out
    const ys = horizontals(pageRulings(img, rulingOptionsForDpi(200))).map(([, y]) => y!);
    expect(ys.sort((a, b) => a - b)).toEqual([41, 80, 121, 160, 201, 240, 281]);
  });
});
