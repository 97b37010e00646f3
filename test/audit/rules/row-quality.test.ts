import malformedRow from '../../../src/audit/rules/malformed-row.ts';
import ocrDigit from '../../../src/audit/rules/ocr-digit.ts';
import placeholderRow from '../../../src/audit/rules/placeholder-row.ts';
import { doc, testRule } from '../../helpers/rule-tester.ts';

const header = '\t名称\t主要实施内容\t拟投入的资金(万元)\t期望达到的目标(概述)';

testRule(malformedRow, {
  valid: [
    { name: 'a complete row', doc: doc(header, '\t任务1: 业务费\t各种办公业务支出\t7\t保证各种办公业务支出') },
    {
      name: 'a task of 其他需完成的任务 (optional) without funds',
      doc: doc(
        header,
        '\t任务1: 业务费\t各种办公业务支出\t7\t保证各种办公业务支出',
        '其他需完成的任务(可选填)\t任务1: 临时救助日常工作\t做好临时救助日常工作\t\t按时完成',
      ),
    },
  ],
  invalid: [
    {
      name: 'a key task without funds',
      doc: doc(header, '\t任务1: 业务费\t各种办公业务支出\t\t保证各种办公业务支出'),
      flags: [
        { severity: 'warning', target: { kind: 'task', no: 1, section: 'key', field: 'amount' }, actual: '', line: 5, message: '任务1 has an empty amount' },
      ],
    },
    {
      name: 'a cell missing',
      doc: doc(header, '\t任务1: 业务费\t各种办公业务支出\t7', '\t任务2: 差旅费\t差旅\t3\t保障差旅'),
      flags: [{ severity: 'warning', target: { kind: 'task', no: 1, section: 'key' }, line: 5, message: '任务1 has no goal cell' }],
    },
    {
      name: 'the content cell missing: the amount stays an amount',
      doc: doc(header, '\t任务1: 业务费\t7\t保证各种办公业务支出'),
      flags: [{ severity: 'warning', target: { kind: 'task', no: 1, section: 'key' }, line: 5, message: '任务1 has no content cell' }],
    },
    {
      name: 'an amount that is no number',
      doc: doc(header, '\t任务1: 业务费\t各种办公业务支出\t七万\t保证'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'task', no: 1, section: 'key', field: 'amount' },
          actual: '七万',
          line: 5,
          message: '任务1 amount "七万" is not a number',
        },
      ],
    },
    {
      name: 'an indicator without a value',
      doc: doc('\t一级指标\t二级指标\t三级指标\t指标值', '\t\t\t指标1: 支出率(%)\t'),
      flags: [{ severity: 'warning', target: { kind: 'indicator', no: 1 }, line: 5, message: '指标1 has no value cell' }],
    },
    // Text only in the column the header gave no role: no task name, content, amount or goal to read.
    {
      name: 'a row that is neither task nor indicator',
      doc: doc(header, '\t任务1: 业务费\t支出\t7\t保证', '随便写的\t\t\t\t'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'row' },
          actual: '随便写的',
          line: 6,
          message: 'a row in the key section could not be read as a task or indicator',
        },
      ],
    },
    // Under the header a row with a name is a task, numbered by its place; its empty amount is what is wrong.
    {
      name: 'a task row without a prefix and without an amount',
      doc: doc(header, '\t任务1: 业务费\t支出\t7\t保证', '\t随便写的\t一些文字\t\t'),
      flags: [
        { severity: 'warning', target: { kind: 'task', no: 2, section: 'key', field: 'amount' }, actual: '', line: 6, message: '任务2 has an empty amount' },
      ],
    },
  ],
});

testRule(ocrDigit, {
  valid: [{ name: 'clean digits', doc: doc(header, '\t任务1: 业务费\t支出\t105\t保证') }],
  invalid: [
    {
      name: 'O for 0 in an amount',
      doc: doc(header, '\t任务1: 业务费\t支出\t1O5\t保证'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'task', no: 1, section: 'key', field: 'amount' },
          expected: 105,
          actual: '1O5',
          line: 5,
          message: '任务1 amount "1O5" read as 105',
        },
      ],
    },
    {
      name: 'l for 1 in an indicator target',
      doc: doc('\t一级指标\t二级指标\t三级指标\t指标值', '\t\t\t指标1: 培训次数(次)\t≥ l2'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 1, field: 'value' },
          expected: 12,
          actual: '≥ l2',
          line: 5,
          message: '指标1 target "≥ l2" read as 12',
        },
      ],
    },
    {
      name: 'l for 1 inside a formula',
      doc: doc(header, '\t任务1: 办公经费\t按每村10万元, 需 $322 \\times l0 \\times 0.1=322$ 万元\t322\t保证'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'formula', taskNo: 1, no: 1, index: 0 },
          actual: '322 \\times l0 \\times 0.1=322',
          line: 5,
          message: 'formula "322 \\times l0 \\times 0.1=322" has letters for digits; checked as 322 * 10 * 0.1 = 322',
        },
      ],
    },
  ],
});

testRule(placeholderRow, {
  valid: [{ name: 'no placeholder', doc: doc(header, '\t任务1: 业务费\t支出\t7\t保证') }],
  invalid: [
    {
      name: "the template's example row",
      doc: doc(header, '\t任务1: 业务费\t支出\t7\t保证', '其他需完成的任务 (可选填)\t任务1: .....\t0\t'),
      flags: [
        {
          severity: 'info',
          target: { kind: 'row', section: 'other' },
          actual: '其他需完成的任务(可选填) | 任务1: ..... | 0',
          line: 6,
          message: 'placeholder row in the other section was not taken as a task',
        },
      ],
    },
  ],
});
