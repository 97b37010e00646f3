// Writes the spreadsheet fixtures of test/fixtures/spreadsheet (rerunnable: `npx tsx scripts/xlsx-fixtures/make.ts`).
// The .xls and .ods are LibreOffice conversions of small.xlsx, made here so the legacy path has real files.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Workbook } from 'exceljs';
import { readSeed, cellValue } from './seed-table.ts';
import { put, workbook } from './cells.ts';
import { smallSheet, coverSheet, midHeaderSheet, continuedSheets } from './small-tables.ts';

const OUT = 'test/fixtures/spreadsheet';
const SEED = process.env.SEED_MD ?? 'samples/suixi-2024-zuzhibu.md';

const COLS = ['A', 'B', 'C', 'D', 'E'] as const;

/** The seed disclosure as the filled-in workbook it came from: merged labels and levels, a formula in 财政拨款. */
function seedWorkbook(): Workbook {
  const t = readSeed(SEED);
  const wb = workbook();
  const ws = wb.addWorksheet('2024年部门整体绩效目标表');
  ws.columns = [{ width: 14 }, { width: 30 }, { width: 60 }, { width: 14 }, { width: 40 }];
  put(ws, 'A1', t.title);
  ws.mergeCells('A1:E1');
  let r = 2;
  const headerTop = r;
  for (const row of t.header) {
    row.forEach((v, c) => {
      if (v !== '') put(ws, `${COLS[c]}${r}`, v);
    });
    r++;
  }
  ws.mergeCells(`B${headerTop}:E${headerTop}`); // 部门名称 → its value across the row
  ws.mergeCells(`B${r - 1}:E${r - 1}`); // 总体绩效目标 → the goal across the row
  ws.mergeCells(`A${headerTop + 2}:A${headerTop + 7}`); // 预算整体情况 over the budget block
  // 财政拨款 typed as the sum of the expenditure lines: 14253.696251 computed, 14253.69625 kept by the bureau.
  put(ws, `E${headerTop + 3}`, { formula: `C${headerTop + 3}+C${headerTop + 4}+C${headerTop + 7}`, result: 14253.69625 });

  const taskTop = r;
  put(ws, `A${r}`, '年度重点工作任务');
  t.taskHeader.forEach((v, c) => put(ws, `${COLS[c + 1]}${r}`, v));
  r++;
  for (const task of t.tasks) {
    task.cells.forEach((v, c) => {
      if (v !== '') put(ws, `${COLS[c + 1]}${r}`, v);
    });
    r++;
  }
  ws.mergeCells(`A${taskTop}:A${r - 1}`);

  const otherTop = r;
  for (const row of t.other) {
    // 其他需完成的任务 | 任务1: ..... | (content) | 0 | (goal): the template's placeholder rows.
    const [label, name, amount] = [row[0]!, row[1]!, row[2]!];
    if (label) put(ws, `A${r}`, label);
    if (name) put(ws, `B${r}`, name);
    if (amount) put(ws, `D${r}`, cellValue(amount, amount));
    r++;
  }
  ws.mergeCells(`A${otherTop}:A${r - 1}`);

  const indTop = r;
  ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'].forEach((v, c) => put(ws, `${COLS[c]}${r}`, v));
  r++;
  const rowOf = new Map<number, number>();
  for (const ind of t.indicators) {
    rowOf.set(ind.no, r);
    put(ws, `D${r}`, ind.name);
    if (ind.value !== '') put(ws, `E${r}`, ind.value);
    r++;
  }
  ws.mergeCells(`A${indTop}:A${r - 1}`);
  // The seed lost the level cells of indicators 1–37; those of 38–58 survive and are merged as printed.
  const level = (col: 'B' | 'C', from: number, to: number, text: string) => {
    put(ws, `${col}${rowOf.get(from)}`, text);
    ws.mergeCells(`${col}${rowOf.get(from)}:${col}${rowOf.get(to)}`);
  };
  level('B', 38, 48, '效益指标');
  level('C', 38, 43, '社会效益指标');
  level('C', 44, 48, '可持续影响指标');
  level('B', 49, 58, '满意度指标');
  level('C', 49, 58, '服务对象满意度指标');

  for (const note of t.notes) {
    put(ws, `A${r}`, note);
    ws.mergeCells(`A${r}:E${r}`);
    r++;
  }
  return wb;
}

/** Convert with LibreOffice in a throwaway profile; returns the converted file's path in `dir`. */
function soffice(input: string, to: 'xls' | 'ods', dir: string): string {
  const profile = pathToFileURL(join(dir, 'profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', dir, input], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return join(
    dir,
    input
      .split('/')
      .pop()!
      .replace(/\.xlsx$/, `.${to}`),
  );
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const write = (wb: Workbook, name: string) => wb.xlsx.writeFile(join(OUT, name));
  await write(seedWorkbook(), 'suixi-2024-zuzhibu.xlsx');

  const small = workbook();
  smallSheet(small.addWorksheet('绩效目标表'), { wrongCache: false });
  await write(small, 'small.xlsx');

  const wrong = workbook();
  smallSheet(wrong.addWorksheet('绩效目标表'), { wrongCache: true });
  await write(wrong, 'mismatch.xlsx');

  const two = workbook();
  coverSheet(two.addWorksheet('封面'));
  smallSheet(two.addWorksheet('绩效目标表'), { wrongCache: false });
  await write(two, 'two-sheets.xlsx');

  const mid = workbook();
  midHeaderSheet(mid.addWorksheet('Sheet1'));
  await write(mid, 'mid-header.xlsx');

  const cont = workbook();
  continuedSheets(cont.addWorksheet('表1'), cont.addWorksheet('表1(续)'));
  await write(cont, 'continued.xlsx');

  const tmp = mkdtempSync(join(tmpdir(), 'xlsx-fixtures-'));
  try {
    copyFileSync(soffice(join(OUT, 'small.xlsx'), 'xls', tmp), join(OUT, 'small.xls'));
    copyFileSync(soffice(join(OUT, 'small.xlsx'), 'ods', tmp), join(OUT, 'small.ods'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`wrote ${OUT}: suixi-2024-zuzhibu.xlsx small.xlsx mismatch.xlsx two-sheets.xlsx mid-header.xlsx continued.xlsx small.xls small.ods`);
}

await main();
