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

  it('with the image: a blank no wider than the text’s own character gaps is no column edge', () => {
    // One character a word, 26 px apart with 9 px gaps; four labels of two characters + more line their gaps up at
    // x 1036–1045 (下属|二级…, 收入|来源, 财政|拨款, 其他|资金); the values stand 30 px clear of the labels.
    const chars = (text: string, left: number) => [...text].map((c, k) => w(c, left + 26 * k, left + 26 * k + 17));
    const lines = [
      line(0, ...chars('下属二级单位数', 990), w('9', 1210, 1222)),
      line(1, ...chars('收入来源', 990), w('预算金额', 1210, 1300)),
      line(2, ...chars('财政拨款', 990), w('3906.055309', 1210, 1350)),
      line(3, ...chars('其他资金', 990), w('12.5', 1210, 1260)),
    ];
    // The image's ink: where the word boxes are.
    const ink = (x0: number, x1: number, y0: number, y1: number) => {
      const out = new Uint8Array(Math.max(0, x1 - x0));
      for (const l of lines)
        if (l.y0 < y1 && l.y1 > y0)
          for (const word of l.words) for (let x = Math.max(x0, word.left); x < Math.min(x1, word.left + word.width); x++) out[x - x0] = 1;
      return out;
    };
    expect(lineGutters(lines, 980, 1360, 28, ink)).toEqual([1186.5]);
  });
});
