import { describe, expect, it } from 'vitest';
import ocrLabel from '../../../src/audit/rules/ocr-label.ts';
import { nearestLabel } from '../../../src/normalize/ocr-labels.ts';
import { doc, recordOf, testRule } from '../../helpers/rule-tester.ts';

const budgetHead = '预算整体情况\t部门预算支出\t预算金额(万元)\t收入来源\t预算金额(万元)';
const taskHead = '\t名称\t主要实施内容\t拟投入的资金(万元)\t期望达到的目标(概述)';
const misread = doc(budgetHead, '\t基本支出\t100\t财政拨款\t300', '\t项目冯出\t200\t其他资金\t');

testRule(ocrLabel, {
  valid: [
    { name: 'labels OCR read right', origin: 'ocr', doc: doc(budgetHead, '\t基本支出\t100\t财政拨款\t300', '\t项目支出\t200\t其他资金\t') },
    { name: 'the same misread label in a typed table (GFM, HTML: markup, not OCR) is not repaired', origin: 'markup', doc: misread },
    {
      name: 'a word one character from a label, below the first task, is not repaired',
      origin: 'ocr',
      doc: doc(taskHead, '\t任务1: 业务费\t各种办公业务支出\t7\t保证', '\t项目冯出\t200\t\t'),
    },
  ],
  invalid: [
    {
      name: 'a budget label with one character misread',
      origin: 'ocr',
      doc: misread,
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'expenditure.project' },
          expected: '项目支出',
          actual: '项目冯出',
          line: 6,
          message: 'OCR read the label "项目冯出", taken as "项目支出" (one character differs); check expenditure.project against the scan',
        },
      ],
    },
    {
      name: 'a department fact label with one character misread',
      origin: 'ocr',
      doc: doc('基本信息\t财政供养人员效\t106\t下属二级单位数\t2'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'document', field: 'department.staffCount' },
          expected: '财政供养人员数',
          actual: '财政供养人员效',
          line: 4,
          message: 'OCR read the label "财政供养人员效", taken as "财政供养人员数" (one character differs); check department.staffCount against the scan',
        },
      ],
    },
  ],
});

describe('OCR label repair', () => {
  it('takes the value a repaired label introduces, and only from OCR (tab-separated OCR markdown is OCR)', async () => {
    expect((await recordOf(misread, [], 'ocr')).budget.expenditure.project).toBe(200);
    expect((await recordOf(misread, [], 'markup')).budget.expenditure.project).toBeNull();
  });

  it('repairs one substitution in labels of four or more characters, never an ambiguous one', () => {
    expect(nearestLabel('项目冯出', ['基本支出', '项目支出'])).toBe('项目支出');
    expect(nearestLabel('项目冯冯', ['项目支出'])).toBeNull();
    expect(nearestLabel('合汁', ['合计'])).toBeNull();
    expect(nearestLabel('X本支出', ['基本支出', '日本支出'])).toBeNull();
    expect(nearestLabel('项目支出', ['项目支出'])).toBeNull();
  });
});
