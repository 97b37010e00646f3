// Borders from pixels: a synthetic scan (a 2×2 ruled table, text-like strokes, a filled box) with the exact rulings it holds.
import { describe, expect, it } from 'vitest';
import { readPgm, writePgm, type GrayImage } from '../../../src/parse/pdf/ocr/pgm.ts';
import { detectRulings, eraseRulings, pageRulings, rulingOptionsForDpi } from '../../../src/parse/pdf/ocr/rulings-from-raster.ts';
import { crop, enclosedRegions, inkBands, inkBox } from '../../../src/parse/pdf/ocr/regions.ts';

const W = 600;
const H = 400;
const INK = 20;

/** A white page with dark rectangles; `rect` bounds are inclusive, as pixel rows and columns are. */
function page(rects: [x0: number, y0: number, x1: number, y1: number][]): GrayImage {
  const data = new Uint8Array(W * H).fill(255);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y <= y1; y++) data.fill(INK, y * W + x0, y * W + x1 + 1);
  return { width: W, height: H, data };
}

const TABLE: [number, number, number, number][] = [
  // Three horizontal borders 2 px thick, the middle one broken for 5 px (a faint patch in the scan).
  [40, 50, 561, 51],
  [40, 150, 169, 151],
  [175, 150, 561, 151],
  [40, 250, 561, 251],
  // Three vertical borders.
  [40, 50, 41, 251],
  [300, 50, 301, 251],
  [560, 50, 561, 251],
];
const NOISE: [number, number, number, number][] = [
  [100, 100, 149, 102], // '一' stroke inside a cell: 50 px, shorter than any border
  [420, 300, 421, 369], // a 70 px vertical stroke of large title text: long enough, but touches no horizontal border
  [100, 330, 250, 331], // a short rule under a note: 151 px, alone
  [450, 300, 590, 319], // a filled box, 20 px thick: shading, not a border
  [40, 380, 380, 381], // a long rule alone (three-line tables have no verticals): kept
];

/** The page as a PGM file would carry it, with a comment in the header as some tools write. */
function asPgmFile(img: GrayImage): Buffer {
  const plain = writePgm(img);
  return Buffer.concat([Buffer.from('P5\n# synthetic scan\n'), plain.subarray(3)]);
}

describe('readPgm / writePgm', () => {
  it('round-trips pixels through a header with a comment', () => {
    const img = page(TABLE);
    const back = readPgm(asPgmFile(img));
    expect([back.width, back.height]).toEqual([W, H]);
    expect(Buffer.from(back.data).equals(Buffer.from(img.data))).toBe(true);
  });

  it('refuses a 16-bit or ASCII PGM', () => {
    expect(() => readPgm(Buffer.from('P2\n2 1\n255\n0 0\n'))).toThrow(/not an 8-bit binary PGM/);
    expect(() => readPgm(Buffer.from('P5\n2 1\n65535\n\0\0\0\0'))).toThrow(/not an 8-bit binary PGM/);
    expect(() => readPgm(Buffer.from('P5\n20 10\n255\n\0\0'))).toThrow(/truncated PGM/);
  });
});

describe('detectRulings', () => {
  const img = readPgm(asPgmFile(page([...TABLE, ...NOISE])));
  const rulings = detectRulings(img, rulingOptionsForDpi(300));

  it('finds the borders, joins the broken one, and ignores strokes, shading and stray short rules', () => {
    expect(rulings).toEqual([
      { x0: 40, y0: 50.5, x1: 561, y1: 50.5, thickness: 2, band: [50, 51] },
      { x0: 40, y0: 150.5, x1: 561, y1: 150.5, thickness: 2, band: [150, 151] },
      { x0: 40, y0: 250.5, x1: 561, y1: 250.5, thickness: 2, band: [250, 251] },
      { x0: 40, y0: 380.5, x1: 380, y1: 380.5, thickness: 2, band: [380, 381] },
      { x0: 40.5, y0: 50, x1: 40.5, y1: 251, thickness: 2, band: [40, 41] },
      { x0: 300.5, y0: 50, x1: 300.5, y1: 251, thickness: 2, band: [300, 301] },
      { x0: 560.5, y0: 50, x1: 560.5, y1: 251, thickness: 2, band: [560, 561] },
    ]);
  });

  it('scales its thresholds with the resolution: at 150 dpi a 50 px stroke is long enough to be a border', () => {
    const found = detectRulings(
      page([
        [100, 100, 149, 102],
        [100, 100, 101, 160],
      ]),
      rulingOptionsForDpi(150),
    );
    expect(found.map((r) => [r.x0, r.y0, r.x1, r.y1])).toEqual([
      [100, 101, 149, 101],
      [100.5, 100, 100.5, 160],
    ]);
  });

  it('erases exactly the borders, leaving the text strokes for the OCR engine', () => {
    const clean = eraseRulings(img, rulings);
    const dark = (x: number, y: number) => clean.data[y * W + x]! < 128;
    expect([dark(40, 50), dark(200, 151), dark(300, 200), dark(200, 381)]).toEqual([false, false, false, false]);
    expect([dark(120, 101), dark(420, 330), dark(500, 310)]).toEqual([true, true, true]);
  });

  it('gives the four enclosed cells, not the open page around the table', () => {
    expect(enclosedRegions(W, H, rulings)).toEqual([
      { x0: 44, y0: 52, x1: 300, y1: 148 },
      { x0: 304, y0: 52, x1: 560, y1: 148 },
      { x0: 44, y0: 152, x1: 300, y1: 248 },
      { x0: 304, y0: 152, x1: 560, y1: 248 },
    ]);
  });

  it("cuts a cell to its ink (the '一' stroke) and frames the crop in white", () => {
    const clean = eraseRulings(img, rulings);
    const [first, second] = enclosedRegions(W, H, rulings);
    const ink = inkBox(clean, first!);
    expect(ink).toEqual({ x0: 100, y0: 100, x1: 150, y1: 103 });
    expect(inkBox(clean, second!)).toBeNull();
    const framed = crop(clean, ink!, 2);
    expect([framed.width, framed.height, framed.data[0], framed.data[2 * framed.width + 2]]).toEqual([54, 7, 255, INK]);
  });
});

describe('inkBands', () => {
  it('cuts the text outside a table into bands of ink, close lines together, specks dropped', () => {
    const img: GrayImage = { width: 200, height: 120, data: new Uint8Array(200 * 120).fill(255) };
    const fill = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y < y1; y++) img.data.fill(0, y * 200 + x0, y * 200 + x1);
    };
    fill(50, 10, 150, 20); // a title line
    fill(20, 60, 120, 66); // a note's two lines, 4 rows apart
    fill(20, 70, 90, 76);
    fill(180, 100, 181, 101); // a speck of JPEG noise
    expect(inkBands(img, 160, 8)).toEqual([
      { x0: 50, y0: 10, x1: 150, y1: 20 },
      { x0: 20, y0: 60, x1: 120, y1: 76 },
    ]);
  });
});

describe('pageRulings: faint lines on grey paper', () => {
  it("reads rulings lighter than ink against the paper's own tone where ink's darkness finds few of them", () => {
    // Grey paper (224), a table of thin rules a deskew resampled to 178: lighter than ink's threshold (160).
    const data = new Uint8Array(W * H).fill(224);
    const rule = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y <= y1; y++) data.fill(178, y * W + x0, y * W + x1 + 1);
    };
    for (const y of [50, 110, 170, 230, 290]) rule(40, y, 561, y + 1);
    for (const x of [40, 300, 560]) rule(x, 50, x + 1, 291);
    const img = { width: W, height: H, data };
    const opts = rulingOptionsForDpi(300);
    expect(detectRulings(img, opts)).toEqual([]);
    const found = pageRulings(img, opts);
    expect([found.filter((r) => r.y0 === r.y1).length, found.filter((r) => r.x0 === r.x1).length]).toEqual([5, 3]);
  });

  it("keeps the reading at ink's darkness on a page whose rules are dark", () => {
    const img = readPgm(asPgmFile(page([...TABLE, ...NOISE])));
    const opts = rulingOptionsForDpi(300);
    expect(pageRulings(img, opts)).toEqual(detectRulings(img, opts));
  });
});
