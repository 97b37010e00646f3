import { describe, expect, it } from 'vitest';
import type { Task } from '../../../src/model/index.ts';
import { runRules } from '../../../src/audit/rule.ts';
import { record } from '../records.ts';
import duplicateNumber from '../../../src/audit/rules/duplicate-number.ts';
import numberGap from '../../../src/audit/rules/number-gap.ts';
import { doc, testRule } from '../../helpers/rule-tester.ts';

const tasks = (...nos: number[]) =>
  doc('\t名称\t主要实施内容\t拟投入的资金(万元)\t期望达到的目标(概述)', ...nos.map((n) => `\t任务${n}: 经费${n}\t内容\t1\t目标`));
const inds = (...nos: number[]) => doc('\t一级指标\t二级指标\t三级指标\t指标值', ...nos.map((n) => `\t\t\t指标${n}: 指标名${n}\t100%`));

testRule(duplicateNumber, {
  valid: [
    { name: 'consecutive tasks', doc: tasks(1, 2, 3) },
    { name: 'other tasks restart at 1', doc: `${tasks(1, 2)}其他需完成的任务(可选填)\t任务1: 其他经费\t内容\t1\t目标\n` },
  ],
  invalid: [
    {
      name: 'a task number twice',
      doc: tasks(1, 2, 2, 3),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'task', no: 2, section: 'key' },
          expected: 3,
          actual: 2,
          line: 7,
          message: '任务2 appears again (first at item 2 of the sequence)',
        },
      ],
    },
    {
      name: 'an indicator number twice',
      doc: inds(1, 1),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 1 },
          expected: 2,
          actual: 1,
          line: 6,
          message: '指标1 appears again (first at item 1 of the sequence); 指标2 is missing, so this row is probably 指标2',
        },
      ],
    },
  ],
});

testRule(numberGap, {
  valid: [{ name: 'consecutive indicators', doc: inds(1, 2, 3) }],
  invalid: [
    {
      name: 'task 3 skipped',
      doc: tasks(1, 2, 4),
      flags: [
        { severity: 'warning', target: { kind: 'task', no: 4, section: 'key' }, expected: 3, actual: 4, line: 7, message: 'numbering skips 3 before 任务4' },
      ],
    },
    {
      name: 'indicators start at 2',
      doc: inds(2, 3),
      flags: [{ severity: 'warning', target: { kind: 'indicator', no: 2 }, expected: 1, actual: 2, line: 5, message: 'numbering skips 1 before 指标2' }],
    },
  ],
});

// One defect, one flag: both numbering rules together, over records with printed and positional numbers.
const task = (no: number, line: number, numbered?: Task['numbered']): Task => ({
  no,
  name: `经费${no}`,
  content: '内容',
  amount: 1,
  amountRaw: '1',
  goal: '目标',
  section: 'key',
  missing: [],
  loc: { line },
  ...(numbered ? { numbered } : {}),
});
const both = (...tasks: Task[]) =>
  runRules(record({ tasks }), [duplicateNumber, numberGap]).map(({ rule, message, expected, actual }) => ({ rule, message, expected, actual }));

describe('duplicate-number and number-gap together', () => {
  it('任务33, 任务33, 任务35: one duplicate that names the missing 34, no gap', () => {
    const tasks = [...Array.from({ length: 33 }, (_, i) => task(i + 1, i + 1)), task(33, 34), task(35, 35)];
    expect(both(...tasks)).toEqual([
      {
        rule: 'duplicate-number',
        expected: 34,
        actual: 33,
        message: '任务33 appears again (first at item 33 of the sequence); 任务34 is missing, so this row is probably 任务34',
      },
    ]);
  });
  it('a gap the duplicate does not explain is still a gap', () => {
    expect(both(task(1, 1), task(2, 2), task(2, 3), task(5, 4))).toEqual([
      {
        rule: 'duplicate-number',
        expected: 3,
        actual: 2,
        message: '任务2 appears again (first at item 2 of the sequence); 任务3 is missing, so this row is probably 任务3',
      },
      { rule: 'number-gap', expected: 4, actual: 5, message: 'numbering skips 4 before 任务5' },
    ]);
  });
  it('numbers taken from the row position are not judged', () => {
    expect(both(task(1, 1, 'position'), task(1, 2, 'position'), task(3, 3, 'position'))).toEqual([]);
  });
});
