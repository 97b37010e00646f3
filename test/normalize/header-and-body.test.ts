// Header and body edge cases that real workbooks showed (the xlsx holdout): exact record fields out.
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/audit/rules/index.ts';
import { doc, recordOf } from '../helpers/rule-tester.ts';

const budgetHead = '预算整体情况\t部门预算支出\t预算金额(万元)\t收入来源\t预算金额(万元)';
const taskHead = '\t名称\t主要实施内容\t拟投入的资金(万元)\t期望达到的目标(概述)';
const rules = ['budget-identity', 'malformed-row', 'placeholder-row'].map((id) => ruleById.get(id)!);

describe('normalize', () => {
  it("takes a bare 合计 below the tasks for the tasks' sum, not the budget total", async () => {
    const r = await recordOf(
      doc(budgetHead, '\t基本支出\t100\t财政拨款\t300', '\t项目支出\t200\t其他资金\t', taskHead, '\t任务1: 业务费\t支出\t7\t保证', '\t合计\t\t7\t'),
      rules,
    );
    expect(r.budget.expenditure.total).toBeNull();
    expect(r.budget.raw).not.toHaveProperty('expenditure.total');
    expect(r.flags.filter((f) => f.rule === 'budget-identity' && f.severity === 'warning')).toEqual([]);
    expect(r.unreadRows).toEqual([{ section: 'key', cells: ['', '合计', '', '7', ''], reason: 'total', loc: { line: 9, column: 1 } }]);
  });

  it('still takes a 合计 in the budget block as its total', async () => {
    const r = await recordOf(doc(budgetHead, '\t基本支出\t100\t财政拨款\t300', '\t项目支出\t200\t其他资金\t', '\t合计\t300\t合计\t300'), []);
    expect([r.budget.expenditure.total, r.budget.income.total]).toEqual([300, 300]);
  });

  it("reads a budget cell that repeats the block's unit, and leaves one in another unit unread", async () => {
    const r = await recordOf(doc(budgetHead, '\t基本支出\t1255.02万元\t财政拨款\t5元'), []);
    expect(r.budget.expenditure.basic).toBe(1255.02);
    expect(r.budget.raw['expenditure.basic']).toBe('1255.02万元');
    expect(r.budget.raw).not.toHaveProperty('income.fiscalAppropriation');
  });

  it("takes the optional section left empty for the template's placeholder, not a malformed row", async () => {
    const r = await recordOf(doc(taskHead, '\t任务1: 业务费\t支出\t7\t保证', '其他需完成的任务(可选填)\t\t\t\t'), rules);
    expect(r.unreadRows.map((u) => [u.section, u.reason])).toEqual([['other', 'placeholder']]);
    expect(r.flags.map((f) => [f.rule, f.severity])).toEqual([['placeholder-row', 'info']]);
  });

  it('reads a unit column OCR read as %% as %', async () => {
    const head = '\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位';
    const r = await recordOf(doc(head, '\t产出指标\t质量指标\t设备完好率\t≥\t95\t%%', '\t产出指标\t质量指标\t合格率\t=\t100\t%'), []);
    expect(r.indicators.map((i) => [i.value.op, i.value.number, i.value.unit])).toEqual([
      ['≥', 95, '%'],
      ['=', 100, '%'],
    ]);
  });
});
