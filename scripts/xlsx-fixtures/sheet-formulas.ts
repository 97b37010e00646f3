// Writes test/fixtures/spreadsheet/sheet-formulas.xlsx, the fixture of the sheet-formula-mismatch rule
// (rerunnable: `npx tsx scripts/xlsx-fixtures/sheet-formulas.ts`). One formula cell per verdict:
// ok, mismatch (a stale cached total), rounded and unparsable.
import type { Worksheet } from 'exceljs';
import { put, workbook } from './cells.ts';

const OUT = 'test/fixtures/spreadsheet/sheet-formulas.xlsx';

/** The budget block at the top (its lines in C2, C3) and two tasks whose amounts are formulas; nothing else, so no other rule fires. */
export function sheetFormulasSheet(ws: Worksheet): void {
  put(ws, 'A1', '预算整体情况');
  ws.mergeCells('A1:A4');
  ['部门预算支出', '预算金额(万元)', '收入来源', '预算金额(万元)'].forEach((v, i) => put(ws, `${'BCDE'[i]}1`, v));
  put(ws, 'B2', '基本支出');
  put(ws, 'C2', { number: 120.5 });
  put(ws, 'D2', '财政拨款');
  put(ws, 'E2', { number: 140.75 });
  put(ws, 'B3', '项目支出');
  put(ws, 'C3', { number: 30.25 });
  put(ws, 'D3', '其他资金');
  put(ws, 'E3', { number: 10 });
  put(ws, 'B4', '合计');
  put(ws, 'C4', { formula: 'C2+C3', result: 150.75 });
  put(ws, 'D4', '合计');
  // Stale: the total kept from before 财政拨款 was lowered by 10.
  put(ws, 'E4', { formula: 'E2+E3', result: 160.75 });

  put(ws, 'A5', '年度重点工作任务');
  ws.mergeCells('A5:A7');
  ['名称', '主要实施内容', '拟投入的资金(万元)', '期望达到的目标(概述)'].forEach((v, i) => put(ws, `${'BCDE'[i]}5`, v));
  put(ws, 'B6', '任务1:审计业务费');
  put(ws, 'C6', '开展审计项目');
  // 30.25 × 0.333 = 10.07325, kept at two decimals.
  put(ws, 'D6', { formula: 'C3*0.333', result: 10.07 });
  put(ws, 'E6', '按期完成');
  put(ws, 'B7', '任务2:培训经费');
  put(ws, 'C7', '组织业务培训');
  // ROUND is beyond the recomputed arithmetic: reported as unchecked.
  put(ws, 'D7', { formula: 'ROUND(C3*0.2,1)', result: 6.1 });
  put(ws, 'E7', '完成培训');
}

async function main(): Promise<void> {
  const wb = workbook();
  sheetFormulasSheet(wb.addWorksheet('绩效目标表'));
  await wb.xlsx.writeFile(OUT);
  console.log(`wrote ${OUT}`);
}

await main();
