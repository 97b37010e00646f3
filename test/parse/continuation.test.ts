// Tables split over pages (src/parse/shared/continuation.ts): the parts join into one grid; text a merged cell spilled
// under the page's last ruling goes back into that cell instead of parting the table.
import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../../src/parse/grid.ts';
import { joinContinuations } from '../../src/parse/shared/continuation.ts';

/** A text-layer cell on `page` in the box [x0, y0, x1, y1] (PDF points, y down). */
const cell = (text: string, page: number, bbox: [number, number, number, number], spanned = false): Cell => ({
  text,
  rowSpan: 1,
  colSpan: 1,
  math: [],
  origin: 'text-layer',
  loc: { page, bbox },
  ...(spanned ? { spanned } : {}),
});
const header = (page: number) => [
  cell('项目名称', page, [50, 60, 150, 80]),
  cell('绩效目标', page, [150, 60, 350, 80]),
  cell('三级指标', page, [350, 60, 500, 80]),
];
const table = (page: number, rows: Cell[][]): Block => ({ kind: 'table', grid: { rows: [header(page), ...rows], loc: { page }, joins: [] } });
const text = (t: string, page: number, bbox: [number, number, number, number]): Block => ({ kind: 'text', text: t, loc: { page, bbox } });

const page1 = () =>
  table(1, [
    [cell('项目甲', 1, [50, 700, 150, 760]), cell('保障场馆正常运转,', 1, [150, 700, 350, 760]), cell('场馆开放天数', 1, [350, 700, 500, 730])],
    [cell('项目甲', 1, [50, 700, 150, 760], true), cell('保障场馆正常运转,', 1, [150, 700, 350, 760], true), cell('安全事故数', 1, [350, 730, 500, 760])],
  ]);
const page2 = () => table(2, [[cell('项目甲', 2, [50, 80, 150, 120]), cell('', 2, [150, 80, 350, 120]), cell('群众满意度', 2, [350, 80, 500, 120])]]);

describe('joinContinuations', () => {
  it('joins a table continued on the next page under its repeated header', () => {
    const out = joinContinuations([page1(), page2()]);
    expect(out).toHaveLength(1);
    expect(out[0]!.kind === 'table' && out[0]!.grid.rows.map((r) => r[2]!.text)).toEqual(['三级指标', '场馆开放天数', '安全事故数', '群众满意度']);
  });

  it('gives text spilled under the last ruling back to the merged cell above it, and still joins the pages', () => {
    const out = joinContinuations([page1(), text('提升群众文化获得感。', 1, [160, 765, 330, 778]), page2()]);
    expect(out).toHaveLength(1);
    const grid = out[0]!.kind === 'table' ? out[0]!.grid : null;
    expect(grid!.rows.slice(1, 3).map((r) => r[1]!.text)).toEqual(['保障场馆正常运转,提升群众文化获得感。', '保障场馆正常运转,提升群众文化获得感。']);
    expect(grid!.rows).toHaveLength(4);
  });

  it('leaves text that is not under the table, or a table that does not go on, as it was', () => {
    // A note under the table followed by a new table (another header): the note stays a note.
    const other: Block = { kind: 'table', grid: { rows: [[cell('部门名称', 2, [50, 60, 150, 80])]], loc: { page: 2 }, joins: [] } };
    const note = text('注:本表反映项目绩效目标。', 1, [160, 765, 330, 778]);
    expect(joinContinuations([page1(), note, other]).map((b) => b.kind)).toEqual(['table', 'text', 'table']);
    // A heading above the next page's table (another table's title) is not spilled text.
    const title = text('2025年部门整体支出绩效目标表', 2, [160, 20, 330, 40]);
    expect(joinContinuations([page1(), title, page2()]).map((b) => b.kind)).toEqual(['table', 'text', 'table']);
  });
});
