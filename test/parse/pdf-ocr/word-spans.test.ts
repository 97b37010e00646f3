// Group labels of borderless scans (word-spans.ts): set at the bottom of their merged cells, as Chromium prints a
// table with vertical-align: bottom, each label closes its group; set at the top, the page shows no such reading.
import { describe, expect, it } from 'vitest';
import { ocrWords } from '../../helpers/ocr-words.ts';
import { levelSpans } from '../../../src/parse/pdf/ocr/word-spans.ts';

const w = ocrWords(23, 23);

/** Columns: 一级 | 二级 | marker | name. Rows of two lines each (a wrapped name), 100 px tall, from y = 100. */
const xs = [100, 200, 300, 450, 800];
const ROWS = 8;
const ys = Array.from({ length: ROWS + 1 }, (_, r) => 100 + 100 * r);
const body = Array.from({ length: ROWS }, (_, r) => {
  const top = ys[r]! + 10;
  return [w(`指标${r + 1}:`, 310, top + 33), w('资金使用合规', 460, top), w('率(%)', 460, top + 33)];
}).flat();

describe('levelSpans', () => {
  it('labels level with the last line of the row they stand in close their groups; the cut 一级 label at the top runs to the page end', () => {
    // 一级: 产出指标 at the top of row 0 (a group cut by the page break, printed on its first piece); 二级: 数量指标
    // at the bottom of row 4, 质量指标 at the bottom of row 7.
    const labels = [w('产出指标', 110, 110), w('数量指标', 210, ys[4]! + 43), w('质量指标', 210, ys[7]! + 43)];
    const spans = levelSpans([...body, ...labels], xs, ys, 0, 2, 23);
    expect(spans).toEqual([
      { col: 0, first: 0, last: 8 },
      { col: 1, first: 0, last: 5 },
      { col: 1, first: 5, last: 8 },
    ]);
  });

  it('labels level with the first line of their rows are not read as set at the bottom', () => {
    const labels = [w('产出指标', 110, 110), w('数量指标', 210, 110), w('质量指标', 210, ys[5]! + 10)];
    const spans = levelSpans([...body, ...labels], xs, ys, 0, 2, 23);
    expect(spans).toEqual([]);
  });
});
