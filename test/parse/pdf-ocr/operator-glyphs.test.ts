// Comparison signs on a scan: chi_sim reads a lone ≥ as E, z or &, and ≥1500 as >1500; the sign is told by its shape.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanGrid } from '../../helpers/scan-grid.ts';
import { operatorShape, withOperators } from '../../../src/parse/pdf/ocr/operator-glyphs.ts';
import type { GrayImage } from '../../../src/parse/pdf/ocr/pgm.ts';
import type { OcrWord } from '../../../src/parse/pdf/ocr/tesseract-tsv.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/convert'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the indicator signs scan test needs tesseract with chi_sim and imagemagick ***\n');

/** Rows of '#' (ink) and '.' (paper) as a glyph image, and the box round it. */
function drawn(...rows: string[]): { img: GrayImage; box: { x0: number; y0: number; x1: number; y1: number } } {
  const width = rows[0]!.length;
  const data = Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 30 : 235));
  return { img: { width, height: rows.length, data }, box: { x0: 0, y0: 0, x1: width, y1: rows.length } };
}
const shape = (...rows: string[]) => {
  const { img, box } = drawn(...rows);
  return operatorShape(img, box, 160);
};

const GE = ['##......', '.###....', '...###..', '.....###', '...###..', '.###....', '##......', '........', '########', '########'];

describe('operatorShape', () => {
  it('≥: a chevron pointing right over a bar; ≤ its mirror; =: two bars', () => {
    expect(shape(...GE)).toBe('≥');
    expect(shape(...GE.map((r) => [...r].reverse().join('')))).toBe('≤');
    expect(shape('########', '########', '........', '........', '........', '########', '########')).toBe('=');
  });

  it('E (three bars on a stem), 上 and a digit are no sign', () => {
    expect(shape('########', '##......', '##......', '#######.', '##......', '##......', '########')).toBeNull();
    expect(shape('...##...', '...##...', '...####.', '...##...', '...##...', '...##...', '########')).toBeNull();
    expect(shape('..##..', '.###..', '..##..', '..##..', '..##..', '..##..', '######')).toBeNull();
  });
});

describe('withOperators', () => {
  it('turns a lone glyph read as a letter into the sign its ink shows, and leaves a cell of several words alone', () => {
    const { img, box } = drawn(...GE);
    const word = (text: string, page = 1): OcrWord => ({ text, left: 0, top: 0, width: 8, height: 10, conf: 80, page, block: 1, par: 1, line: 1, word: 1 });
    expect(withOperators([word('E')], [box], img, 160)[0]!.text).toBe('≥');
    expect(withOperators([word('E'), word('9')], [box], img, 160)[0]!.text).toBe('E');
  });
});

describe.skipIf(!tools)('a scanned indicator block with lone signs in its 指标性质 column (200 dpi JPEG)', () => {
  it('reads each ≥ and ≤ as the sign it is', async () => {
    const rows = await scanGrid('test/fixtures/scans/indicator-signs.jpg');
    expect(rows[0]!.slice(2, 5)).toEqual(['三级指标', '指标性质', '指标值']);
    expect([1, 2, 4, 5].map((k) => rows[k]![3])).toEqual(['≥', '≥', '≥', '≤']);
  });
});

describe('operatorShape on a sign standing on two bars', () => {
  it('reads ≧ and ≦ as printed', () => {
    const GEQQ = ['##......', '.###....', '...###..', '.....###', '...###..', '.###....', '##......', '........', '########', '........', '########'];
    expect(shape(...GEQQ)).toBe('≧');
    expect(shape(...GEQQ.map((r) => [...r].reverse().join('')))).toBe('≦');
  });
});
