import { describe, expect, it } from 'vitest';
import { INDICATOR_MARKER, TASK_MARKER } from '../../src/parse/shared/markers.ts';
import { numeral } from '../../src/parse/shared/numerals.ts';

describe('row markers', () => {
  it.each([
    ['任务12:村办公经费', '12', '村办公经费'],
    ['任务 3 、购置公务用车', '3', '购置公务用车'],
    ['任务十二、村办公经费', '十二', '村办公经费'],
    ['任务1: .....', '1', '.....'],
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
