import { describe, expect, it } from 'vitest';
import { INDICATOR_MARKER, TASK_MARKER } from '../../src/parse/shared/markers.ts';
import { numeral } from '../../src/parse/shared/numerals.ts';
import { joinContinuations } from '../../src/parse/shared/continuation.ts';
import type { Block, Cell } from '../../src/parse/grid.ts';

describe('row markers', () => {
  it.each([
    ['任务12:村办公经费', '12', '村办公经费'],
    ['任务 3 、购置公务用车', '3', '购置公务用车'],
    ['任务十二、村办公经费', '十二', '村办公经费'],
    ['任务1: .....', '1', '.....'],
    ['任务4;专项检查工作经费', '4', '专项检查工作经费'],
  ])('%s is a task row', (cell, no, name) => expect(TASK_MARKER.exec(cell)?.slice(1)).toEqual([no, name]));
  it.each(['任务十分艰巨,需加强', '主要任务1:', '任务完成率'])('%s is not', (cell) => expect(TASK_MARKER.test(cell)).toBe(false));
  it('indicators too', () => expect(INDICATOR_MARKER.exec('指标二十一:培训人数')?.slice(1)).toEqual(['二十一', '培训人数']));
  it.each([
    ['12', 12],
    ['十二', 12],
    ['二十一', 21],
    ['一百零五', 105],
    ['十', 10],
    ['两', 2],
  ])('numeral %s = %i', (s, n) => expect(numeral(s)).toBe(n));
});

describe('tables continued on the next page', () => {
  const cell = (text: string, origin: Cell['origin']): Cell => ({ text, rowSpan: 1, colSpan: 1, math: [], origin, loc: { page: 1 } });
  const table = (head: string[], origin: Cell['origin']): Block => ({
    kind: 'table',
    grid: { rows: [head.map((t) => cell(t, origin)), [cell('指标1:培训人数', origin), cell('125人', origin)]], loc: { page: 1 }, joins: [] },
  });
  it('an OCR-read repeated header with one character misread still joins', () => {
    const out = joinContinuations([table(['部门名称', '中共遂溪县委组织部'], 'ocr'), table(['部门名称', '中共通溪县委组织部'], 'ocr')]);
    expect(out.length).toBe(1);
  });
  it('a text-layer header one character off is another table', () => {
    const out = joinContinuations([table(['部门名称', '中共遂溪县委组织部'], 'text-layer'), table(['部门名称', '中共通溪县委组织部'], 'text-layer')]);
    expect(out.length).toBe(2);
  });
});
