// Merged level labels of an unruled table, printed once and vertically centred over their rows: the rows of each
// group get the label as rowspan copies when the labels fit adjacent centred groups, and nothing changes otherwise.
import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../../../src/parse/grid.ts';
import { extract } from '../../../src/index.ts';
import { spanUnruledLevels } from '../../../src/parse/pdf/level-spans.ts';
import { pageBlocks } from '../../../src/parse/pdf/page-blocks.ts';
import type { PageContent, PageText } from '../../../src/parse/pdf/page-content.ts';

/** A run of `s` at x whose line top is y; 8 pt characters, 10 pt high. */
const run = (s: string, x: number, y: number): PageText => ({ text: s, x0: x, x1: x + s.length * 8, y0: y, y1: y + 10 });

// Columns: 一级 at 10, 二级 at 60, 三级 (指标N) at 140, 指标值 at 260. Indicator rows are one line, 20 pt apart
// (text 10 pt, 5 pt of cell padding above and below), the first row's text at y = 40 (cell from 35).
const rowTop = (i: number) => 40 + 20 * (i % 10);
const indicatorRows = (from: number, to: number): PageText[] =>
  Array.from({ length: to - from }, (_, k) => [run(`指标${from + k + 1}:完成率`, 140, rowTop(from + k)), run('完成', 260, rowTop(from + k))]).flat();
/** A label centred over rows [a, b] of one page: the centre of cells 35 + 20a … 55 + 20b, less half its height. */
const centred = (s: string, x: number, a: number, b: number) => run(s, x, 45 + 10 * (a + b) - 5);
const header = [run('一级指标', 10, 15), run('二级指标', 60, 15), run('三级指标', 140, 15), run('指标值', 260, 15)];
const page = (n: number, texts: PageText[]): PageContent => ({ page: n, width: 400, height: 300, origin: 'text-layer', rulings: [], texts });

const levelsOf = (blocks: Block[]) =>
  blocks
    .flatMap((b) => (b.kind === 'table' ? b.grid.rows : []))
    .filter((r) => r.some((c) => c.text.startsWith('指标') && c.text !== '指标值'))
    .map((r) => {
      const at = r.findIndex((c) => c.text.startsWith('指标'));
      return [r[at - 2], r[at - 1]].map(show).join(' / ');
    });
/** A level cell in short: its text, ^ for a span copy, [n] for a head spanning n rows, ~ for inferred. */
const show = (c: Cell | undefined) =>
  c ? `${c.spanned ? '^' : ''}${c.rowSpan > 1 ? `[${c.rowSpan}]` : ''}${(c as { inferred?: boolean }).inferred ? '~' : ''}${c.text}` : '-';

describe('merged level labels of an unruled table', () => {
  it('gives every row of a centred group its label, within each 一级 group', () => {
    // 产出指标 over rows 0–3 (数量指标 0–1, 质量指标 2–3), 效益指标 over 4–8 (社会效益指标 4–6, 可持续影响指标 7–8).
    // A label over an even number of rows is printed on the gap between two rows (and gets a row of its own here),
    // one over an odd number on its middle row.
    const blocks = pageBlocks(
      page(1, [
        ...header,
        ...indicatorRows(0, 9),
        centred('产出指标', 10, 0, 3),
        centred('效益指标', 10, 4, 8),
        centred('数量指标', 60, 0, 1),
        centred('质量指标', 60, 2, 3),
        centred('社会效益指标', 60, 4, 6),
        centred('可持续影响指标', 60, 7, 8),
      ]),
    );
    spanUnruledLevels(blocks);
    expect(levelsOf(blocks)).toEqual([
      '[4]~产出指标 / [2]~数量指标',
      '^~产出指标 / ^~数量指标',
      '^~产出指标 / [2]~质量指标',
      '^~产出指标 / ^~质量指标',
      '[5]~效益指标 / [3]~社会效益指标',
      '^~效益指标 / ^社会效益指标',
      '^效益指标 / ^~社会效益指标',
      '^~效益指标 / [2]~可持续影响指标',
      '^~效益指标 / ^~可持续影响指标',
    ]);
    // The rows of their own that labels printed between rows had are gone, their labels taken in.
    const rows = blocks.flatMap((b) => (b.kind === 'table' ? b.grid.rows : []));
    expect(rows.filter((r) => r.every((c) => !c.text.startsWith('指标') || c.text === '指标值')).map((r) => r.map((c) => c.text).join('|'))).toEqual([
      '一级指标|二级指标|三级指标|指标值',
    ]);
  });

  it('follows a group over a page break, the label printed on the page that holds its centre', () => {
    // 产出指标 over rows 0–5: rows 0–3 on page 1 (cells to 115), rows 4–5 on page 2 (text at 40, 60; cells 35–75).
    // Its centre is 60 pt below 35 on one strip of rows: y = 95 on page 1, on the gap between rows 2 and 3.
    const one = page(1, [...header, ...indicatorRows(0, 4), run('产出指标', 10, 90), centred('数量指标', 60, 0, 3)]);
    const two = page(2, [
      ...Array.from({ length: 2 }, (_, k) => [run(`指标${5 + k}:完成率`, 140, rowTop(k)), run('完成', 260, rowTop(k))]).flat(),
      centred('质量指标', 60, 0, 1),
    ]);
    const blocks = [...pageBlocks(one), ...pageBlocks(two)];
    spanUnruledLevels(blocks);
    expect(levelsOf(blocks)).toEqual([
      '[4]~产出指标 / [4]~数量指标',
      '^~产出指标 / ^~数量指标',
      '^~产出指标 / ^~数量指标',
      '^~产出指标 / ^~数量指标',
      '^~产出指标 / [2]~质量指标',
      '^~产出指标 / ^~质量指标',
    ]);
  });

  it('leaves labels aligned to the top of their group as they are (they fit no reading that a label shows)', () => {
    const texts = [
      ...header,
      ...indicatorRows(0, 8),
      run('产出指标', 10, rowTop(0)),
      run('效益指标', 10, rowTop(5)),
      run('数量指标', 60, rowTop(0)),
      run('质量指标', 60, rowTop(2)),
      run('社会效益指标', 60, rowTop(5)),
    ];
    const before = levelsOf(pageBlocks(page(1, texts)));
    const blocks = pageBlocks(page(1, texts));
    spanUnruledLevels(blocks);
    expect(levelsOf(blocks)).toEqual(before);
    expect(before[2]).toBe(' / 质量指标');
  });

  it('leaves a column whose labels fit no centred reading as it is', () => {
    // 质量指标 is centred on rows 2–3, but 数量指标 claims rows 0–2: the groups would overlap.
    const texts = [...header, ...indicatorRows(0, 6), centred('数量指标', 60, 0, 2), centred('质量指标', 60, 2, 3)];
    const before = levelsOf(pageBlocks(page(1, texts)));
    const blocks = pageBlocks(page(1, texts));
    spanUnruledLevels(blocks);
    expect(levelsOf(blocks)).toEqual(before);
  });

  it("reads a group printed at the top of its rows as cut where it runs to the table's end and the document goes on", () => {
    // 质量指标 is level with row 2's top: its last row (5) broke across the page, the rest read as text on page 2.
    const texts = [...header, ...indicatorRows(0, 6), centred('产出指标', 10, 0, 5), centred('数量指标', 60, 0, 1), run('质量指标', 60, rowTop(2))];
    const blocks = [...pageBlocks(page(1, texts)), ...pageBlocks(page(2, [run('率(%)', 140, 15)]))];
    spanUnruledLevels(blocks);
    expect(levelsOf(blocks).map((l) => l.split(' / ')[1])).toEqual(['[2]~数量指标', '^~数量指标', '[4]质量指标', '^~质量指标', '^~质量指标', '^~质量指标']);
  });
});

describe('a merged level cell cut by a page break (LibreOffice, a docx table: scripts/docx-fixtures/levels-across-page-break.py)', () => {
  it("carries the 一级 label printed on page 1 to the rows on page 2, and no cell takes another column's label", async () => {
    const { record } = await extract('test/fixtures/pdf/levels-across-page-break.pdf');
    const level1 = record.indicators.map((i) => i.level1);
    expect(level1).toEqual([...Array(10).fill('产出指标'), ...Array(12).fill('效益指标'), '满意度指标', '满意度指标']);
    expect(record.indicators.map((i) => i.no)).toEqual(Array.from({ length: 24 }, (_, k) => k + 1));
  });
});
