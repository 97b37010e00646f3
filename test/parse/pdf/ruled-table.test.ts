// Cells from ruling lines: crossings make cells, a missing border makes a span, text falls in the cell around it.
import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../../../src/parse/pdf/page-blocks.ts';
import type { PageContent, Ruling } from '../../../src/parse/pdf/page-content.ts';

const h = (y: number, x0: number, x1: number): Ruling => ({ x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number): Ruling => ({ x0: x, x1: x, y0, y1 });
const text = (s: string, x: number, y: number) => ({ text: s, x0: x, x1: x + s.length * 10, y0: y, y1: y + 10 });

// Three rows by three columns; the first column's last two rows are one merged cell (no border between them),
// and its label is written on two lines.
const page: PageContent = {
  page: 2,
  width: 400,
  height: 300,
  origin: 'text-layer',
  rulings: [h(50, 10, 310), h(70, 10, 310), h(90, 110, 310), h(110, 10, 310), v(10, 50, 110), v(110, 50, 110), v(210, 50, 110), v(310, 50, 110)],
  texts: [
    text('单位:万元', 10, 30),
    text('一级指标', 15, 55),
    text('指标1:', 115, 55),
    text('≥90%', 215, 55),
    text('产出', 15, 80),
    text('指标', 15, 91),
    text('指标2:时效', 115, 75),
    text('=322个', 215, 75),
    text('指标3:成本', 115, 95),
    text('≤15天', 215, 95),
  ],
};

describe('ruled table', () => {
  it('lays out rows with the merged cell copied down and marked spanned', () => {
    const blocks = pageBlocks(page);
    expect(blocks[0]).toEqual({ kind: 'text', text: '单位:万元', loc: { page: 2, bbox: [10, 30, 60, 40] } });
    const grid = blocks[1]!.kind === 'table' ? blocks[1]!.grid : undefined;
    expect(grid?.rows.map((r) => r.map((c) => `${c.spanned ? '^' : ''}${c.text}`))).toEqual([
      ['一级指标', '指标1:', '≥90%'],
      ['产出指标', '指标2:时效', '=322个'],
      ['^产出指标', '指标3:成本', '≤15天'],
    ]);
    expect(grid!.rows[1]![0]).toMatchObject({ rowSpan: 2, colSpan: 1, origin: 'text-layer', loc: { page: 2, bbox: [10, 70, 110, 110] } });
  });
});

describe('a side border the page does not show', () => {
  it('closes the last column where the horizontal lines run on to one end (a scan lost the right edge line)', () => {
    // Four horizontal lines reach x = 310; the verticals stop at 210: the values in 210–310 are the last column's.
    const lost: PageContent = {
      page: 1,
      width: 400,
      height: 300,
      origin: 'text-layer',
      rulings: [h(50, 10, 310), h(70, 10, 310), h(90, 10, 311), h(110, 10, 309), v(10, 50, 110), v(110, 50, 110), v(210, 50, 110)],
      texts: [
        text('指标名称', 15, 55),
        text('权重', 115, 55),
        text('指标值', 215, 55),
        text('开放天数', 15, 75),
        text('10', 115, 75),
        text('300', 215, 75),
        text('演出场次', 15, 95),
        text('10', 115, 95),
        text('120', 215, 95),
      ],
    };
    const grid = pageBlocks(lost).find((b) => b.kind === 'table');
    expect(grid?.kind === 'table' && grid.grid.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['指标名称', '权重', '指标值'],
      ['开放天数', '10', '300'],
      ['演出场次', '10', '120'],
    ]);
  });
});
