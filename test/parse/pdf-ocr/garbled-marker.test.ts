// A row marker OCR read with stray characters still opens a row and gets its text back; ordinary text does not.
import { describe, expect, it } from 'vitest';
import { opensRow, repairMarker } from '../../../src/parse/pdf/ocr/garbled-marker.ts';

describe('garbled row markers', () => {
  it('takes 指标目位1: and 任务务19: for the markers they are, and puts them right', () => {
    expect(['指标目位1:开', '任务务19:19:会议经费', '指标 1: 开'].map(opensRow)).toEqual([true, true, true]);
    expect(['指标目位1:开', '任务务19:19:会议经费'].map(repairMarker)).toEqual(['指标1:开', '任务19:19:会议经费']);
  });

  it('leaves text without a number and colon after at most two characters alone', () => {
    expect(['任务完成率(%)', '指标值', '任务完成率1:', '指标值12', '合计'].map(opensRow)).toEqual([false, false, false, false, false]);
    expect(repairMarker('任务完成率(%)')).toBe('任务完成率(%)');
  });
});
