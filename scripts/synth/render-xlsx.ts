// Synthetic documents as the xlsx workbooks county finance bureaus fill in: the form of rows.ts (`tables`) on
// a sheet, with per-document variations drawn from a seeded Rng, each one small named function: title, unit
// and note rows, cover / 填报说明 / hidden sheets, merged or repeated level labels, a 序号 column, totals and
// amounts typed as formulas with exact cached results (a stale one in defect documents), percentages as
// numbers under % formats, numbers as text, line breaks and full-width punctuation. A variation that changes
// what is printed changes the document first, so goldOf(doc) of the returned document is its gold.
import { createRequire } from 'node:module';
import type { Workbook, Worksheet } from 'exceljs';
import type { Doc } from './model.ts';
import { Rng } from './rng.ts';
import { type Row, tables } from './rows.ts';
import { writeRows } from './render-pdf.ts';
import { generateDoc } from './gen-doc.ts';
import {
  type Ctx,
  type SheetFormulaGold,
  budgetTotalRow,
  findSlots,
  lastColumn,
  levelsOnFirstRowOnly,
  noteRows,
  repeatedLevels,
  taskTotalRow,
  titleRow,
  unitRow,
  writeForm,
} from './xlsx-layout.ts';
import * as cells from './xlsx-cells.ts';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

export type XlsxRendering = { doc: Doc; bytes: Buffer; variations: string[]; formulas: SheetFormulaGold[] };

/** Runs `f` with probability p (or, when the context names the variations to use, when it is named) and records it when it applied. */
function maybe(c: Ctx, p: number, name: string, f: () => boolean | void = () => true): boolean {
  if (!(c.only ? c.only.has(name) : c.rng.chance(p))) return false;
  const applied = f() !== false;
  if (applied) c.used.push(name);
  return applied;
}

/** One of several styles of a variation, recorded as prefix-style (a named one wins when the context names them). */
function choose<T extends string>(c: Ctx, prefix: string, styles: readonly T[]): T {
  const style = c.only ? (styles.find((x) => c.only!.has(`${prefix}-${x}`)) ?? styles.at(-1)!) : c.rng.pick(styles);
  c.used.push(`${prefix}-${style}`);
  return style;
}

// ---- what is printed ----

/** A typed workbook has no OCR: an amount "misread" as 1O5 is typed as the number it stands for. */
function dropOcrDigits(doc: Doc): void {
  doc.flags = doc.flags.filter((f) => {
    if (!f.why.startsWith('amount printed "')) return true;
    const t = doc.tasks.find((x) => x.no === f.no)!;
    t.amount = String(t.goldAmount);
    doc.dirty.tasks.delete(t.no);
    return false;
  });
}

/**
 * A sheet row cannot be one cell short: a task "missing" its goal cell has an empty goal cell, which the
 * record keeps as an empty goal, unflagged, whatever the format. The task stays out of the clean targets.
 */
function goalCellEmptyNotMissing(doc: Doc): void {
  doc.flags = doc.flags.filter((f) => f.why !== 'row has no goal cell');
}

/** Plain tasks (nothing in their content to check the amount against) get amounts with six decimals. */
function sixDecimalAmounts(c: Ctx): boolean {
  const plain = c.doc.tasks.filter(
    (t) => t.content.length === 1 && !String(t.content[0]).includes('共计') && !c.doc.dirty.tasks.has(t.no) && /^\d+(\.\d+)?$/.test(t.amount),
  );
  for (const t of plain.slice(0, 2)) {
    t.amount = `${c.rng.int(1, 300)}.${String(c.rng.int(1, 999999)).padStart(6, '0').replace(/0$/, '1')}`;
    t.goldAmount = Number(t.amount);
  }
  return plain.length > 0;
}

/** ≥ typed as the full-width ≧ some input methods give. */
function fullWidthGeq(c: Ctx): boolean {
  const xs = c.doc.indicators.filter((x) => x.raw.startsWith('≥'));
  xs.forEach((x) => (x.raw = x.raw.replace('≥', '≧')));
  return xs.length > 0;
}

/** A percent target with a decimal (95% → 95.5%), as satisfaction targets often are. */
function decimalPercent(c: Ctx): boolean {
  const xs = c.doc.indicators.filter((x) => /^\d+%$/.test(x.raw) && x.raw !== '100%' && !c.doc.dirty.indicators.has(x.no));
  xs.slice(0, 2).forEach((x) => (x.raw = x.raw.replace('%', '.5%')));
  return xs.length > 0;
}

/** Alt+Enter line breaks after punctuation in long texts (overall goal, contents, goals). */
function lineBreaks(c: Ctx): boolean {
  const brk = (s: string) => s.replace(/([,，。;；])(?=[^,，。;；]{6,})/gu, (m) => (c.rng.chance(0.3) ? `${m}\n` : m));
  c.doc.overallGoal = brk(c.doc.overallGoal);
  for (const t of c.doc.tasks) {
    t.content = t.content.map((p) => (typeof p === 'string' ? brk(p) : p));
    if (t.goal) t.goal = brk(t.goal);
  }
  return true;
}

// ---- how it is typed ----

/** Full-width colons, brackets and commas as a Chinese input method types them (任务1：… （%）). */
const fullWidthPunctuation = (s: string) =>
  s
    .replace(/^(任务|指标)(\d+): /u, '$1$2：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,(?=\D)/g, '，');
/** The task name on its own line under 任务N:. */
const nameOnNewLine = (s: string) => s.replace(/^(任务\d+[:：]) ?/u, '$1\n');

// ---- other sheets ----

/** A cover page: year, title, department (盖章), date; none of the form's evidence. */
function coverSheet(c: Ctx, ws: Worksheet): void {
  ws.getCell('A2').value = c.doc.title;
  ws.mergeCells('A2:H2');
  ws.getCell('B6').value = `部门（单位）名称（盖章）：${c.doc.department}`;
  ws.getCell('B8').value = `编制日期：${c.doc.year - 1}年12月`;
}

const INSTRUCTIONS: ReadonlyArray<readonly [string, string]> = [
  ['部门名称', '填写部门全称，与单位公章一致。'],
  ['财政供养人员数', '填写财政供养的在编在岗人员数。'],
  ['总体绩效目标', '概括描述部门年度总体绩效目标。'],
  ['年度重点工作任务', '按“任务1：名称”格式逐项填写，拟投入的资金以万元为单位。'],
  ['绩效指标', '按一级、二级、三级指标逐项填写，指标值应可衡量、可考核。'],
];

/** A 填报说明 sheet: numbered lines in one column, or the form's labels with what to fill in beside them. */
function instructionsSheet(c: Ctx, ws: Worksheet, table: boolean): void {
  ws.getCell('A1').value = '填报说明';
  if (table) {
    ws.getCell('A2').value = '填报项目';
    ws.getCell('B2').value = '填报要求';
    INSTRUCTIONS.forEach(([a, b], i) => {
      ws.getCell(i + 3, 1).value = a;
      ws.getCell(i + 3, 2).value = b;
    });
  } else {
    INSTRUCTIONS.forEach(([a, b], i) => (ws.getCell(i + 2, 1).value = `${'一二三四五'[i]}、“${a}”${b}`));
  }
}

/** Last year's form left in the workbook, hidden: another department, another year. */
function hiddenOldCopy(c: Ctx, ws: Worksheet, index: number): void {
  const old = generateDoc(index + 100_000, { seed: c.rng.int(1, 1e6), formats: ['html-gbk'], defects: 0 });
  ws.getCell('A1').value = old.title;
  writeRows(ws, tables({ ...old, pageBreakAfter: 0 }).flat(), 2);
  ws.state = 'hidden';
}

// ---- the workbook ----

/**
 * The index-th holdout document's workbook, its variations, and the formulas it holds with their verdicts.
 * `only` names the variations to use instead of drawing them (fixtures that each show chosen traits).
 */
export async function renderXlsx(input: Doc, seed: number, index: number, only?: ReadonlySet<string>): Promise<XlsxRendering> {
  const doc = structuredClone(input);
  doc.file = doc.file.replace(/\.[^/]*$/, '.xlsx');
  dropOcrDigits(doc);
  goalCellEmptyNotMissing(doc);
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = 'budget-extract synth';
  wb.created = wb.modified = new Date(Date.UTC(doc.year - 1, 11, 20));
  const c: Ctx = {
    rng: new Rng((seed * 7919) ^ Math.imul(index + 1, 0x9e3779b1)),
    doc,
    wb,
    forms: [],
    left: 1,
    top: 1,
    widths: [1, 1, 1, 1, 1],
    gaps: new Set(),
    serial: false,
    slots: new Map(),
    formulas: [],
    text: [],
    numbersAsText: false,
    marks: new Map(),
    used: [],
    ...(only ? { only } : {}),
  };
  maybe(c, 0.35, 'six-decimal-amounts', () => sixDecimalAmounts(c));
  maybe(c, 0.3, 'full-width-geq', () => fullWidthGeq(c));
  maybe(c, 0.2, 'decimal-percent', () => decimalPercent(c));
  maybe(c, 0.5, 'line-breaks', () => lineBreaks(c));

  const cover = maybe(c, 0.35, 'cover-sheet') ? wb.addWorksheet('封面') : null;
  const help = maybe(c, 0.35, 'instructions-sheet') ? { before: maybe(c, 0.5, 'instructions-before'), table: maybe(c, 0.5, 'instructions-as-table') } : null;
  const helpWs = help?.before ? wb.addWorksheet('填报说明') : null;

  if (only?.has('continued-sheet') && !doc.pageBreakAfter && doc.tasks.length > 1) doc.pageBreakAfter = Math.ceil(doc.tasks.length / 2);
  const continued = doc.pageBreakAfter > 0 && maybe(c, 0.5, 'continued-sheet');
  if (!continued) doc.pageBreakAfter = 0;
  const parts: Row[][] = tables(doc);
  const last = parts.at(-1)!;
  if (!maybe(c, 0.25, 'repeated-levels', () => repeatedLevels(last))) maybe(c, 0.15, 'levels-on-first-row-only', () => levelsOnFirstRowOnly(last));
  if (!continued) maybe(c, 0.3, 'task-total-row', () => taskTotalRow(c, last, maybe(c, 0.5, 'task-total-row-wide')));
  maybe(c, 0.35, 'budget-total-row', () => budgetTotalRow(c, parts[0]!));
  c.serial = maybe(c, 0.3, 'serial-column');
  if (maybe(c, 0.3, 'left-margin')) {
    c.left = 2;
    c.top = 2;
  }
  if (maybe(c, 0.25, 'wide-content-column')) c.widths[2] = 2;
  // A column cleared instead of deleted: empty in every row, merged over only where a cell spans it.
  if (maybe(c, 0.2, 'spacer-column')) c.gaps.add(c.rng.pick([1, 2, 3]));
  if (maybe(c, 0.4, 'full-width-punctuation')) c.text.push(fullWidthPunctuation);
  if (maybe(c, 0.2, 'name-on-new-line')) c.text.push(nameOnNewLine);
  c.numbersAsText = maybe(c, 0.25, 'numbers-as-text');

  const origin = { left: c.left, top: c.top };
  const sheetName = c.rng.pick([`${doc.year}年部门整体绩效目标表`, 'Sheet1', '表1', '部门整体支出绩效目标']);
  parts.forEach((rows, k) => {
    const ws = wb.addWorksheet(k === 0 ? sheetName : `${sheetName}(续)`);
    c.top = origin.top;
    if (k > 0) {
      ws.getCell(c.top, c.left).value = '续表';
      c.top++;
    } else {
      titleRow(c, ws, choose(c, 'title', ['two-rows', 'unmerged', 'merged', 'merged', 'merged'] as const));
      if (maybe(c, 0.5, 'unit-row')) unitRow(c, ws, maybe(c, 0.4, 'filer-in-unit-row'));
    }
    writeForm(c, ws, rows, c.top);
    ws.columns.forEach((col, i) => (col.width = [6, 14, 22, 40, 14, 36, 12][i] ?? 12));
  });
  const note = choose(c, 'note', ['merged', 'two-cells', 'signature', 'none', 'none'] as const);
  if (note !== 'none') noteRows(c, c.forms.at(-1)!.ws, note);

  findSlots(c);
  cells.typedNumbers(c);
  maybe(c, 0.5, 'percent-as-numbers', () => cells.percentAsNumbers(c));
  maybe(c, 0.25, 'signed-percent-format', () => cells.signedPercentFormat(c));
  maybe(c, 0.15, 'percent-suffix-format', () => cells.percentSuffixFormat(c));
  maybe(c, 0.2, 'count-suffix-format', () => cells.countSuffixFormat(c));
  if (!maybe(c, 0.2, 'cross-sheet-budget', () => cells.crossSheetBudget(c))) {
    const plus = maybe(c, 0.5, 'budget-formulas-plus', () => cells.budgetFormulas(c, 'plus'));
    if (!plus) maybe(c, 0.5, 'budget-formulas-sum', () => cells.budgetFormulas(c, 'sum'));
  }
  maybe(c, 0.3, 'amount-formulas', () => cells.amountFormulas(c));
  maybe(c, 0.2, 'yuan-helper-column', () => cells.yuanHelperColumn(c, lastColumn(c) + 1));
  if (c.slots.has('tasks.total')) cells.taskTotalFormula(c);
  if (input.flags.length || only) maybe(c, 0.6, 'stale-total', () => cells.staleTotal(c));
  maybe(c, 0.3, 'rich-text', () => cells.richTextCells(c));

  if (help && !help.before) instructionsSheet(c, wb.addWorksheet('填报说明'), help.table);
  if (helpWs) instructionsSheet(c, helpWs, help!.table);
  if (cover) coverSheet(c, cover);
  if (maybe(c, 0.2, 'hidden-old-copy')) hiddenOldCopy(c, wb.addWorksheet(`${doc.year - 1}年(旧)`), index);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { doc, bytes, variations: c.used, formulas: c.formulas };
}
