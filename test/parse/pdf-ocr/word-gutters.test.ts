// Gutters of the key/value block (word-gutters.ts lineGutters): a narrow gutter that one spanning cell crosses.
import { describe, expect, it } from 'vitest';
import type { OcrWord } from '../../../src/parse/pdf/ocr/tesseract-tsv.ts';
import type { Line } from '../../../src/parse/pdf/ocr/word-lines.ts';
import { lineGutters } from '../../../src/parse/pdf/ocr/word-gutters.ts';

const w = (text: string, left: number, right: number): OcrWord => ({
  text,
  left,
  top: 0,
  width: right - left,
  height: 28,
  conf: 90,
  page: 1,
  block: 1,
  par: 1,
  line: 1,
  word: 1,
});
const line = (k: number, ...words: OcrWord[]): Line => ({ y0: 40 * k, y1: 40 * k + 28, s0: 40 * k, s1: 40 * k + 28, words });

// Key | sub-label | value, the sub-labels and values 16 px apart (Writer at 200 dpi); 部门名称's value runs across.
const block = [
  line(0, w('部门名称', 130, 250), w('阳西县民政局', 270, 420)),
  line(1, w('基本信息', 130, 250), w('财政供养', 270, 265 + 100), w('362', 381, 420)),
  line(2, w('部门预算', 270, 365), w('预算金额', 381, 460)),
  line(3, w('基本支出', 270, 365), w('10359.74', 381, 450)),
];

describe('lineGutters', () => {
  it('without crossings: the gutter the spanning value crosses is not found', () => {
    expect(lineGutters(block, 120, 470, 28)).toEqual([260]);
  });

  it('with one crossing allowed: found where two or more lines start their text right after it', () => {
    expect(lineGutters(block, 120, 470, 28, undefined, 1, 2)).toEqual([260, 373]);
  });

  it('a gap one line alone leaves (inside a number) is no column edge', () => {
    const gapped = [
      ...block.slice(0, 2),
      line(2, w('部门预算', 270, 365), w('预算金额', 381, 415)),
      line(3, w('基本支出', 270, 365), w('2191', 381, 420), w('3.385577', 436, 500)),
      line(4, w('项目支出', 270, 365), w('8120.885577', 381, 500)),
    ];
    expect(lineGutters(gapped, 120, 510, 28, undefined, 1, 2)).toEqual([260, 373]);
    // Asking for one line to start there cuts the number.
    expect(lineGutters(gapped, 120, 510, 28, undefined, 1, 1)).toEqual([260, 373, 428]);
  });
});
