// Tesseract TSV → words → merged runs: a real chi_sim TSV (top of the seed table, whole-page --psm 11) beside its merged runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeLineWords, parseTesseractTsv, type OcrWord } from '../../../src/parse/pdf/ocr/tesseract-tsv.ts';

const DIR = 'test/fixtures/pdf-ocr';
const tsv = readFileSync(`${DIR}/seed-top.tsv`, 'utf8');

/** A word as tesseract would report it; only what a case needs is given. */
function word(text: string, left: number, top: number, width: number, height: number, more: Partial<OcrWord> = {}): OcrWord {
  return { text, left, top, width, height, conf: 90, page: 1, block: 1, par: 1, line: 1, word: 1, ...more };
}

describe('parseTesseractTsv', () => {
  it('keeps the non-empty level-5 rows with their boxes and confidence', () => {
    const words = parseTesseractTsv(tsv);
    expect(words).toHaveLength(70);
    expect(words[0]).toEqual({ text: '2024', left: 241, top: 174, width: 201, height: 57, conf: 91.577675, page: 1, block: 1, par: 1, line: 1, word: 1 });
    expect(words.find((w) => w.text === '1255.022751')).toMatchObject({ left: 769, top: 620, conf: 53.147926, block: 15 });
  });

  it('refuses text that is not tesseract TSV', () => {
    expect(() => parseTesseractTsv('中共遂溪县委组织部\n')).toThrow(/not a tesseract TSV/);
  });
});

describe('mergeLineWords', () => {
  it('merges the seed table top into the runs beside it (vertical rulings as separators)', () => {
    const separators = JSON.parse(readFileSync(`${DIR}/seed-top.separators.json`, 'utf8'));
    const expected = JSON.parse(readFileSync(`${DIR}/seed-top.merged.json`, 'utf8'));
    expect(mergeLineWords(parseTesseractTsv(tsv), { separators })).toEqual(expected);
  });

  it('joins characters closer than 0.6 × height and keeps the lowest confidence', () => {
    const runs = mergeLineWords([word('中', 100, 10, 40, 45, { conf: 93 }), word('共', 160, 11, 38, 44, { conf: 71 }), word('部', 300, 10, 40, 45)]);
    expect(runs).toEqual([
      { text: '中共', x0: 100, y0: 10, x1: 198, y1: 55, conf: 71 },
      { text: '部', x0: 300, y0: 10, x1: 340, y1: 55, conf: 90 },
    ]);
  });

  it('does not join across a vertical ruling, nor across images, nor across lines', () => {
    const words = [word('名称', 100, 10, 80, 45), word('中共', 200, 10, 80, 45)];
    expect(mergeLineWords(words, { separators: [{ x: 190, y0: 0, y1: 100 }] }).map((r) => r.text)).toEqual(['名称', '中共']);
    expect(mergeLineWords(words, { separators: [{ x: 190, y0: 60, y1: 100 }] }).map((r) => r.text)).toEqual(['名称中共']);
    expect(mergeLineWords([words[0]!, { ...words[1]!, page: 2 }]).map((r) => r.text)).toEqual(['名称', '中共']);
    expect(mergeLineWords([words[0]!, { ...words[1]!, top: 60 }]).map((r) => r.text)).toEqual(['名称', '中共']);
  });

  it('joins a visual line tesseract split into two "lines", punctuation riding low included', () => {
    const runs = mergeLineWords([
      word('预算', 100, 10, 90, 45, { line: 1 }),
      word('，', 192, 40, 12, 15, { line: 2 }),
      word('绩效', 206, 12, 90, 45, { line: 3 }),
    ]);
    expect(runs.map((r) => r.text)).toEqual(['预算，绩效']);
  });

  it('takes a wider gap when asked (inside one ruled cell)', () => {
    const words = [word('任务', 100, 10, 94, 46), word('1:', 223, 14, 28, 38)];
    expect(mergeLineWords(words).map((r) => r.text)).toEqual(['任务', '1:']);
    expect(mergeLineWords(words, { gapFactor: 2 }).map((r) => r.text)).toEqual(['任务1:']);
  });
});
