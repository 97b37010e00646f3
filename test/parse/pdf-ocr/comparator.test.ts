// ≥ against >: a chevron drawn with and without a bar under it, and a glyph the pixels cannot settle.
import { describe, expect, it } from 'vitest';
import { settleComparators, underside } from '../../../src/parse/pdf/ocr/comparator.ts';
import type { GrayImage } from '../../../src/parse/pdf/ocr/pgm.ts';
import type { OcrWord } from '../../../src/parse/pdf/ocr/tesseract-tsv.ts';

const W = 80;
const H = 60;

/** A 2 px chevron pointing right in x 10–21, y 15–30; with a bar at y 33–34; with a digit-like block touching it. */
function glyph(opts: { bar?: boolean; smear?: boolean; joined?: boolean; leaning?: boolean }): GrayImage {
  const data = new Uint8Array(W * H).fill(255);
  const ink = (x: number, y: number) => (data[y * W + x] = 20);
  for (let i = 0; i <= 7; i++)
    for (const d of [0, 1]) {
      ink(10 + i + d, 15 + i);
      ink(10 + i + d, 30 - i);
    }
  if (opts.bar) for (let x = 10; x <= 20; x++) [33, 34].forEach((y) => ink(x, y));
  // JPEG blur fills the blank row: the bar touches the chevron's lower arm.
  if (opts.joined) for (let x = 10; x <= 20; x++) [31, 32].forEach((y) => ink(x, y));
  // ⩾, as some fonts set ≥: the foot a stroke along the lower arm, shorter than it and joined to it by the blur.
  if (opts.leaning) for (let i = 0; i <= 6; i++) for (const d of [0, 1]) ink(10 + i + d, 33 - i);
  if (opts.smear) for (let y = 28; y <= 40; y++) for (let x = 10; x <= 19; x++) ink(x, y);
  for (let y = 15; y <= 31; y++) for (let x = 26; x <= 30; x++) ink(x, y); // the next glyph, a stroke of "9"
  return { width: W, height: H, data };
}

const word = (text: string): OcrWord => ({ text, left: 10, top: 15, width: 21, height: 16, conf: 91, page: 1, block: 1, par: 1, line: 1, word: 1 });

describe('underside', () => {
  it('sees the bar of ≥, clear paper under >, and cannot tell when the glyph is smeared', () => {
    expect(underside(glyph({ bar: true }), word('>9'), 160)).toBe('bar');
    expect(underside(glyph({ joined: true }), word('>9'), 160)).toBe('bar');
    expect(underside(glyph({ leaning: true }), word('>9'), 160)).toBe('bar');
    expect(underside(glyph({}), word('>9'), 160)).toBe('clear');
    expect(underside(glyph({ smear: true }), word('>9'), 160)).toBe('unsure');
  });
});

describe('settleComparators', () => {
  it('writes ≥ for a barred >, > for a bare ≥, and lowers the confidence of what it cannot settle', () => {
    expect(settleComparators([word('>95')], glyph({ bar: true }), 160).map((w) => [w.text, w.conf])).toEqual([['≥95', 91]]);
    expect(settleComparators([word('≥95')], glyph({}), 160).map((w) => [w.text, w.conf])).toEqual([['>95', 91]]);
    expect(settleComparators([word('>95')], glyph({ smear: true }), 160).map((w) => [w.text, w.conf])).toEqual([['>95', 74]]);
    expect(settleComparators([word('95%')], glyph({ bar: true }), 160)[0]!.text).toBe('95%');
    // A barred chevron read twice before its figure is one ≥; a bare one read twice is left as read.
    expect(settleComparators([word('>>1500人')], glyph({ bar: true }), 160)[0]!.text).toBe('≥1500人');
    expect(settleComparators([word('>1500人')], glyph({}), 160)[0]!.text).toBe('>1500人');
  });
});
