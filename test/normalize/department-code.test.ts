// A department's budget code printed before or after its name is a field of its own.
import { describe, expect, it } from 'vitest';
import { withoutCode } from '../../src/normalize/department-code.ts';

describe('department code', () => {
  it.each([
    ['[015001]武汉市青山区教育局', { name: '武汉市青山区教育局', code: '015001' }],
    ['338_烟台市退役军人事务局', { name: '烟台市退役军人事务局', code: '338' }],
    // After the name in brackets (a scan of a Yunnan form: 东川县水利局（518）, NFKC brackets).
    ['东川县水利局(518)', { name: '东川县水利局', code: '518' }],
    // After the name without brackets (主管部门及代码 | 蓝田县水利局412001).
    ['蓝田县水利局412001', { name: '蓝田县水利局', code: '412001' }],
    ['某县教育局', null],
    // A year in brackets is no code.
    ['某县教育局(2024)', null],
  ])('%s', (printed, want) => expect(withoutCode(printed)).toEqual(want));
});
