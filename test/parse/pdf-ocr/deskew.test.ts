// Skew from a page's own ink: a synthetic page of text-like lines and a table rule, turned by known angles.
import { describe, expect, it } from 'vitest';
import { deskew, estimateSkew, rotate } from '../../../src/parse/pdf/ocr/deskew.ts';
import type { GrayImage } from '../../../src/parse/pdf/ocr/pgm.ts';

const W = 800;
const H = 1000;

/** Eighteen "text lines" of 20 px glyph blocks with gaps, and a long rule: a page's ink at about 200 dpi. */
function page(): GrayImage {
  const data = new Uint8Array(W * H).fill(255);
  for (let line = 0; line < 18; line++) {
    const top = 120 + line * 42;
    for (let x = 100; x < 700; x += 26) {
      if ((x * 7 + line * 13) % 5 === 0) continue; // word gaps
      for (let y = top; y < top + 20; y++) for (let dx = 0; dx < 20; dx += dx % 3 === 0 ? 2 : 1) data[y * W + x + dx] = 30;
    }
  }
  for (let x = 60; x < 740; x++) data[900 * W + x] = 0;
  return { width: W, height: H, data };
}

/**
 * An indicator page: name pieces in a column at the left and values in one at the right, one line
 * pitch throughout but the values set half a pitch lower (centred beside a wrapped name): sheared by half a pitch
 * across the gap between the columns, the lines line up, so the row profile alone peaks at that wrong angle.
 */
function columnsPage(): GrayImage {
  const data = new Uint8Array(W * H).fill(255);
  const block = (x0: number, top: number, n: number) => {
    for (let k = 0; k < n; k++) for (let y = top; y < top + 20; y++) for (let dx = 0; dx < 20; dx += dx % 3 === 0 ? 2 : 1) data[y * W + x0 + k * 24 + dx] = 30;
  };
  for (let line = 0; line < 26; line++) {
    const top = 80 + line * 32;
    block(80, top, 9 + (line % 3));
    block(640, top + 16, 1 + ((line * 5) % 3));
    if (line % 6 === 2) block(330, top, 4);
  }
  return { width: W, height: H, data };
}

describe('estimateSkew', () => {
  it.each([-1.2, 1.5])('finds a %s° skew on a page of two columns of lines half a pitch apart, not the angle lining their lines up', (deg) => {
    expect(Math.abs(estimateSkew(rotate(columnsPage(), -deg)) - deg)).toBeLessThanOrEqual(0.15);
  });

  const straight = page();
  it.each([-4.2, 1.2, 5])('finds a %s° skew within 0.1°', (deg) => {
    // rotate() undoes a skew: turning by the negative makes one.
    expect(Math.abs(estimateSkew(rotate(straight, -deg)) - deg)).toBeLessThanOrEqual(0.1);
  });

  it("finds a 2.2° skew under a scanner's dark edge along the top of the page", () => {
    // The edge is the scanner's, not the paper's: straight (but for a wave), and 120 px of solid black.
    const skewed = rotate(straight, -2.2);
    const data = skewed.data.slice();
    for (let x = 0; x < W; x++) for (let y = 0; y < 120 + Math.round(4 * Math.sin(x / 40)); y++) data[y * W + x] = 10;
    // Counted in, the edge's mass pulls the estimate towards its own angle (2.125° here; 0° on a real page of sparse text).
    expect(Math.abs(estimateSkew({ ...skewed, data }) - 2.2)).toBeLessThanOrEqual(0.05);
  });

  it('leaves a straight page untouched', () => {
    const r = deskew(straight);
    expect(r.degrees).toBe(0);
    expect(r.img).toBe(straight);
  });

  it('undoes the skew it finds: the page comes back within 0.1°', () => {
    const fixed = deskew(rotate(straight, -2.5)).img;
    expect(Math.abs(estimateSkew(fixed))).toBeLessThanOrEqual(0.1);
  });
});
