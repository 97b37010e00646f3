// Small hand-made 绩效目标表 sheets: each one shows one spreadsheet trait the parser must handle.
import type { Worksheet } from 'exceljs';
import { put } from './cells.ts';

const TITLE = '2025年县级部门整体预算绩效目标表';
const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '指标值'];

/**
 * The small table (A1:E15): a merged title, merged section labels, 合计 rows typed as formulas
 * (SUM over a range holding a text cell, and plain +), 100 % stored as 1, ≧, a line break inside a cell,
 * printed arithmetic, merged indicator levels, a trailing note. `wrongCache` stores a stale 合计.
 */
export function smallSheet(ws: Worksheet, { wrongCache }: { wrongCache: boolean }): void {
  put(ws, 'A1', TITLE);
  ws.mergeCells('A1:E1');
  put(ws, 'A2', '部门名称');
  put(ws, 'B2', '示例县财政局');
  ws.mergeCells('B2:E2');
  put(ws, 'A3', '预算整体情况');
  ws.mergeCells('A3:A6');
  ['部门预算支出', '预算金额(万元)', '收入来源', '预算金额(万元)'].forEach((v, i) => put(ws, `${'BCDE'[i]}3`, v));
  put(ws, 'B4', '基本支出');
  put(ws, 'C4', { number: 120.5 });
  put(ws, 'D4', '财政拨款');
  put(ws, 'E4', { formula: 'SUM(C3:C5)', result: 150.75 });
  put(ws, 'B5', '项目支出');
  put(ws, 'C5', { number: 30.25 });
  put(ws, 'D5', '其他资金');
  // More than arithmetic: the audit cannot judge it and says so.
  if (wrongCache) put(ws, 'E5', { formula: 'ROUND(C5,0)', result: 30 });
  put(ws, 'B6', '合计');
  put(ws, 'C6', { formula: 'C4+C5', result: wrongCache ? 160.75 : 150.75 });
  put(ws, 'D6', '合计');
  put(ws, 'E6', { formula: '(E4+E5)*1', result: 150.75 });

  put(ws, 'A7', '年度重点工作任务');
  ws.mergeCells('A7:A9');
  ['名称', '主要实施内容', '拟投入的资金(万元)', '期望达到的目标(概述)'].forEach((v, i) => put(ws, `${'BCDE'[i]}7`, v));
  put(ws, 'B8', '任务1:办公经费');
  put(ws, 'C8', '保障日常办公\n运转');
  put(ws, 'D8', { number: 20 });
  put(ws, 'E8', '按时支付');
  put(ws, 'B9', '任务2:培训经费');
  put(ws, 'C9', '培训50人次,50×2000=100000元');
  put(ws, 'D9', { number: 10 });
  put(ws, 'E9', '完成培训');

  put(ws, 'A10', '绩效指标');
  ws.mergeCells('A10:A14');
  INDICATOR_HEADER.forEach((v, i) => put(ws, `${'BCDE'[i]}10`, v));
  put(ws, 'B11', '产出指标');
  ws.mergeCells('B11:B12');
  put(ws, 'C11', '数量指标');
  put(ws, 'D11', '指标1:培训人次(人次)');
  put(ws, 'E11', { number: 50 });
  put(ws, 'C12', '质量指标');
  put(ws, 'D12', '指标2:培训合格率(%)');
  put(ws, 'E12', { number: 1, numFmt: '0%' });
  put(ws, 'B13', '满意度指标');
  ws.mergeCells('B13:B14');
  put(ws, 'C13', '服务对象满意度指标');
  ws.mergeCells('C13:C14');
  put(ws, 'D13', '指标3:学员满意度(%)');
  put(ws, 'E13', { number: 0.95, numFmt: '0%' });
  put(ws, 'D14', '指标4:验收合格率(%)');
  put(ws, 'E14', '≧95%');
  put(ws, 'A15', '备注:金额单位为万元。');
  ws.mergeCells('A15:E15');
}

/** A cover page: title, department and date, none of the table's labels. */
export function coverSheet(ws: Worksheet): void {
  put(ws, 'A1', TITLE);
  ws.mergeCells('A1:F1');
  put(ws, 'A3', '示例县财政局');
  put(ws, 'A5', '二〇二五年一月');
}

/** Indicators with the header row printed again between two of them (a pasted page header), the last one blank. */
export function midHeaderSheet(ws: Worksheet): void {
  put(ws, 'A1', '部门名称');
  put(ws, 'B1', '示例县教育局');
  ws.mergeCells('B1:E1');
  put(ws, 'A2', '绩效指标');
  ws.mergeCells('A2:A7');
  INDICATOR_HEADER.forEach((v, i) => put(ws, `${'BCDE'[i]}2`, v));
  put(ws, 'B3', '产出指标');
  ws.mergeCells('B3:B4');
  put(ws, 'C3', '数量指标');
  put(ws, 'D3', '指标1:受助学生数(人)');
  put(ws, 'E3', { number: 1200 });
  put(ws, 'C4', '时效指标');
  put(ws, 'D4', '指标2:资金发放及时率(%)');
  put(ws, 'E4', { number: 1, numFmt: '0%' });
  INDICATOR_HEADER.forEach((v, i) => put(ws, `${'BCDE'[i]}5`, v));
  put(ws, 'B6', '效益指标');
  put(ws, 'C6', '社会效益指标');
  put(ws, 'D6', '指标3:家庭负担减轻');
  put(ws, 'E6', '明显减轻');
  put(ws, 'B7', '满意度指标');
  put(ws, 'C7', '服务对象满意度指标');
  put(ws, 'D7', '指标4:家长满意度(%)');
  put(ws, 'E7', '≥90%');
  // The last row holds only an indicator whose value was left blank: still a table row, not a note.
  put(ws, 'D8', '指标5:资料归档完整性');
}

/** One table over two sheets: header and tasks on the first, indicators (with a 续表 title) on the second. */
export function continuedSheets(first: Worksheet, second: Worksheet): void {
  put(first, 'A1', TITLE);
  first.mergeCells('A1:E1');
  put(first, 'A2', '部门名称');
  put(first, 'B2', '示例县卫健局');
  first.mergeCells('B2:E2');
  put(first, 'A3', '年度重点工作任务');
  first.mergeCells('A3:A4');
  ['名称', '主要实施内容', '拟投入的资金(万元)', '期望达到的目标(概述)'].forEach((v, i) => put(first, `${'BCDE'[i]}3`, v));
  put(first, 'B4', '任务1:疫苗接种');
  put(first, 'C4', '为适龄儿童接种');
  put(first, 'D4', { number: 35.5 });
  put(first, 'E4', '接种率达标');
  put(second, 'A1', '续表');
  second.mergeCells('A1:E1');
  put(second, 'A2', '绩效指标');
  second.mergeCells('A2:A3');
  INDICATOR_HEADER.forEach((v, i) => put(second, `${'BCDE'[i]}2`, v));
  put(second, 'B3', '产出指标');
  put(second, 'C3', '质量指标');
  put(second, 'D3', '指标1:接种率(%)');
  put(second, 'E3', { number: 0.98, numFmt: '0%' });
}
