// A borderless page scanned skewed, noisy and as JPEG: read as an image (PNG, and page 2 of a two-page TIFF) it must
// read like its PDF, and no number it reads wrong may pass unflagged. One page is OCR'd; the PDF and TIFF are
// compared with it at the raster, since tesseract reads the same pixels the same way.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, type Loc } from '../../../src/index.ts';
import { decodeImage, DEFAULT_IMAGE_DPI, paperDpi } from '../../../src/parse/image/decode.ts';
import { isImage } from '../../../src/parse/image/index.ts';
import { imagesToPdf } from '../../../src/parse/image/pdf-wrap.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const SCAN = 'test/fixtures/scans/no-rulings-p1-scan.pdf';
const tools = ['/usr/bin/pdftoppm', '/usr/bin/pdfimages', '/usr/bin/tesseract', '/usr/bin/convert', '/usr/bin/identify'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: scan input tests need poppler-utils, imagemagick and tesseract with chi_sim ***\n');

const gold = JSON.parse(readFileSync('test/fixtures/pdf/no-rulings.pdf.gold.json', 'utf8')) as { tasks: { no: number; amount: number }[] };

describe('the resolution of an image that states none', () => {
  it('is a whole A4 or Letter page’s, from its side ratio; else none (DEFAULT_IMAGE_DPI is taken)', () => {
    expect([paperDpi(1240, 1754), paperDpi(2480, 3508), paperDpi(3508, 2480), paperDpi(1700, 2200)]).toEqual([150, 300, 300, 200]);
    // A crop, a thumbnail, a photo's own ratio: no page.
    expect([paperDpi(1748, 930), paperDpi(124, 175), paperDpi(3000, 4000)]).toEqual([undefined, undefined, undefined]);
    expect(DEFAULT_IMAGE_DPI).toBe(200);
  });
});

describe('image signatures', () => {
  it('knows PNG, JPEG and both TIFF byte orders by their first bytes, and nothing else', () => {
    const b = (...v: number[]) => Uint8Array.from([...v, ...new Array(80).fill(0)]);
    expect(
      [
        b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
        b(0xff, 0xd8, 0xff, 0xe0),
        b(0x49, 0x49, 0x2a, 0x00),
        b(0x4d, 0x4d, 0x00, 0x2a),
        b(0x25, 0x50, 0x44, 0x46),
        b(0x49, 0x49, 0x2b, 0x00),
      ].map(isImage),
    ).toEqual([true, true, true, true, false, false]);
    // A PNG's first 20 bytes are no image (the bad-input fixture binary.md).
    expect(isImage(readFileSync('test/fixtures/bad/binary.md'))).toBe(false);
  });
});

describe.skipIf(!tools)('a scanned page as PDF, PNG and TIFF', () => {
  const dir = tempDir('scan-inputs-');
  const png = join(dir, 'page.png');
  const tif = join(dir, 'pages.tif');
  const render = (pdf: string, page: number) =>
    execFileSync('pdftoppm', ['-r', '300', '-f', String(page), '-l', String(page), '-gray', pdf], { maxBuffer: 64 * 1024 * 1024 });
  beforeAll(() => {
    execFileSync('pdfimages', ['-j', SCAN, join(dir, 'img')]);
    const jpg = join(dir, 'img-000.jpg');
    execFileSync('convert', [jpg, png]);
    // Two pages: a blank one first, so the scan is page 2 of a multi-page TIFF.
    execFileSync('convert', ['-size', '100x100', 'xc:white', '-density', '200', '-units', 'PixelsPerInch', jpg, '-compress', 'lzw', tif]);
  });

  it('renders the PNG and page 2 of the TIFF pixel for pixel as the PDF', async () => {
    const want = render(SCAN, 1);
    for (const [file, page] of [
      [png, 1],
      [tif, 2],
    ] as const) {
      const pdf = join(dir, `${page}.pdf`);
      writeFileSync(pdf, imagesToPdf(await decodeImage(file, dir)));
      expect(render(pdf, page).equals(want)).toBe(true);
    }
  });

  it('reads the PNG: the task amounts of the page, exactly, and flags every number it reads wrong', async () => {
    const { record } = await extract(png, { ocr: true });
    expect(record.source.format).toBe('image');
    expect(record.tasks.map((t) => [t.no, t.amount])).toEqual(EXPECTED);
    const suspect = record.flags.filter((f) => ['ocr-digit', 'malformed-row', 'ocr-label'].includes(f.rule));
    const sameRow = (a: Loc, b: Loc) => a.page === b.page && !!a.bbox && !!b.bbox && a.bbox[1] < b.bbox[3] && b.bbox[1] < a.bbox[3];
    const wrong = record.tasks.filter((t) => t.amount !== null && t.amount !== gold.tasks.find((g) => g.no === t.no)?.amount);
    expect(wrong.filter((t) => !suspect.some((f) => sameRow(f.loc, t.loc))).map((t) => t.no)).toEqual([]);
  });
});

/**
 * What the scan yields today, read at its own 200 dpi, each column of the word-built table read again as one block
 * (word-path.ts), the amount heading OCR reads 岂投入的资金 taken as 拟投入的资金: 13 of the page's amounts right and
 * none wrong; 3 and 6 read no amount (flagged), rows 4 and 5 are not read.
 */
const EXPECTED: [number, number | null][] = [
  [1, 7],
  [2, 1.5],
  [3, null],
  [6, null],
  [7, 5],
  [8, 8],
  [9, 30],
  [10, 20],
  [11, 230],
  [12, 322],
  [13, 28],
  [14, 900.9],
  [15, 411.6],
  [16, 210],
  [17, 24.5],
];
