// Which sheets of a workbook are read: forms with values, not the 填报说明 sheet that only lists the labels.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/parse/grid.ts';
import { chooseSheets } from '../../../src/parse/spreadsheet/choose.ts';
import type { SheetGrid } from '../../../src/parse/spreadsheet/sheet-grid.ts';

const cell = (text: string | null): Cell => ({ text: text ?? '', rowSpan: 1, colSpan: 1, math: [], origin: 'spreadsheet', loc: {} });
const sheet = (name: string, rows: Array<Array<string | null>>): SheetGrid => ({ sheet: name, rows: rows.map((r) => r.map(cell)) });

const withFigures = sheet('项目1', [
  ['2024年项目支出绩效目标表', null, null],
  ['项目名称', '学生资助补助经费', null],
  ['项目资金', '年度资金总额', '491.25'],
  ['绩效指标', '一级指标', '指标值'],
  [null, '产出指标', '≧2280人'],
]);
// Its funds in one text cell (年度资金总额：101.26 其中…): no figure beside a label, only the indicators' targets.
const fundsInText = sheet('项目2', [
  ['2024年项目绩效目标表', null, null, null],
  ['项目名称', '教师培训专项经费', null, null],
  ['资金情况（万元）', '年度资金总额：101.26    其中：财政拨款84.38，其他资金16.88', null, null],
  ['绩效指标', '一级指标', '指标内容', '指标值'],
  [null, '产出指标', '资助家庭经济困难学生人数', '≥2390人'],
  [null, null, '资助对象认定准确率', '100%'],
]);
const instructions = sheet('填报说明', [
  ['项目名称', '填写项目的全称'],
  ['绩效指标', '一级指标、二级指标按规范填写'],
  ['指标值', '定量指标填写数值,如不低于90%'],
]);

describe('chooseSheets', () => {
  it('reads every form holding values, a form whose only figures are its targets too, and not the instructions', () => {
    expect(chooseSheets([withFigures, instructions, fundsInText]).map((s) => s.sheet)).toEqual(['项目1', '项目2']);
  });
});
