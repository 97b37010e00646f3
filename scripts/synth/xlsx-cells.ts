// Printed values typed the way bureaus type them: numbers as numbers (some formatted) or as text, percentages
// as fractions under a % format, totals and amounts as formulas with exact cached results, rich-text runs;
// in a defect document, a total whose cached value was not recalculated. One small function per variation.
import type { Cell as XCell } from 'exceljs';
import { big, evaluateExact } from '../../src/arith/bignum.ts';
import { type BudgetField, formulasOf } from './model.ts';
import { type Ctx, type Slot, addr } from './xlsx-layout.ts';
import { address } from '../../src/parse/spreadsheet/sheet-grid.ts';

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const BUDGET_LINES = ['basic', 'project', 'developmentSpecial', 'developmentOther'] as const;
const LABEL: Record<BudgetField, string> = {
  basic: '基本支出',
  project: '项目支出',
  developmentSpecial: '财政专项资金',
  developmentOther: '其他事业发展性支出',
  fiscalAppropriation: '财政拨款',
  other: '其他资金',
};
const cellAt = (s: Slot): XCell => s.ws.getCell(s.row, s.col);
/** A decimal string as the double a spreadsheet stores for it. */
const num = (s: string) => Number(s);
const slotsOf = (c: Ctx, prefix: string) => [...c.slots].filter(([k]) => k.startsWith(prefix)).map(([k, s]) => [Number(k.slice(prefix.length)), s] as const);

/** Types a formula (or a clone of the shared formula at `shared`) with its cached result, and lists it with its verdict. */
function formula(c: Ctx, s: Slot, f: string, result: string, verdict: 'ok' | 'mismatch' = 'ok', shared?: string): void {
  cellAt(s).value = shared ? { sharedFormula: shared, result: num(result) } : { formula: f, result: num(result) };
  c.formulas.push({ sheet: s.ws.name, cell: addr(s), formula: f, verdict });
}

/** A number typed as text: as printed, or with a decimal tail (7 → "7.0"), thousands separators or a stray space. */
function asText(c: Ctx, printed: string): string {
  const r = c.rng.next();
  if (r < 0.2 && !printed.includes('.')) return `${printed}.${'0'.repeat(c.rng.int(1, 2))}`;
  if (r < 0.35 && Number(printed) >= 1000) return printed.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));
  if (r < 0.45) return ` ${printed} `;
  return printed;
}

/** Staff, unit count, budget lines and task amounts as numbers (some with a 0.00 format) or, in some documents, as text. */
export function typedNumbers(c: Ctx): void {
  const fmt = c.rng.pick([undefined, undefined, '0.00', '#,##0.00', '0.0000']);
  const type = (s: Slot | undefined, printed: string | null, f?: string) => {
    if (!s || printed === null || !PLAIN_NUMBER.test(printed)) return;
    const cell = cellAt(s);
    if (c.numbersAsText) cell.value = asText(c, printed);
    else {
      cell.value = num(printed);
      if (f) cell.numFmt = f;
    }
  };
  type(c.slots.get('staff'), String(c.doc.staffCount));
  type(c.slots.get('units'), String(c.doc.subordinateUnits));
  for (const f of [...BUDGET_LINES, 'fiscalAppropriation', 'other'] as const) type(c.slots.get(f), c.doc.budget[f], fmt);
  for (const [i, s] of slotsOf(c, 'task:')) type(s, c.doc.tasks[i]!.amount, fmt);
  // A bare number target (0.95, a fraction where a percentage belongs) is typed as the number it is.
  for (const [i, s] of slotsOf(c, 'indicator:'))
    if (PLAIN_NUMBER.test(c.doc.indicators[i]!.raw) && !c.numbersAsText) cellAt(s).value = num(c.doc.indicators[i]!.raw);
}

/** Percent targets (95%) stored as 0.95 under a 0% / 0.0% format. */
export function percentAsNumbers(c: Ctx): boolean {
  return retype(c, /^(\d+(?:\.\d+)?)%$/, (m) => ({ value: big(m[1]!).div(100).toString(), numFmt: `0${decimalsFmt(m[1]!)}%` }));
}

/** Signed percent targets (≥90%) stored as 0.9 under a custom format that prints the sign: "≥"0%. */
export function signedPercentFormat(c: Ctx): boolean {
  return retype(c, /^([≥≤≧])(\s?)(\d+(?:\.\d+)?)%$/, (m) => ({ value: big(m[3]!).div(100).toString(), numFmt: `"${m[1]}${m[2]}"0${decimalsFmt(m[3]!)}%` }));
}

/** Percent targets typed as 95 under a format that only appends the sign: 0"%". */
export function percentSuffixFormat(c: Ctx): boolean {
  return retype(c, /^(\d+)%$/, (m) => ({ value: m[1]!, numFmt: '0"%"' }));
}

/** Count targets (125人) typed as 125 under a format that appends the unit: 0"人". */
export function countSuffixFormat(c: Ctx): boolean {
  return retype(c, /^(\d+)(人|个|次|天)$/, (m) => ({ value: m[1]!, numFmt: `0"${m[2]}"` }));
}

const decimalsFmt = (n: string) => (n.includes('.') ? `.${'0'.repeat(n.length - n.indexOf('.') - 1)}` : '');

/** Indicator targets matching `re` rewritten as number cells; true when one was. */
function retype(c: Ctx, re: RegExp, to: (m: RegExpExecArray) => { value: string; numFmt: string }): boolean {
  let any = false;
  for (const [i, s] of slotsOf(c, 'indicator:')) {
    const m = re.exec(c.doc.indicators[i]!.raw);
    const cell = cellAt(s);
    if (!m || typeof cell.value !== 'string' || !c.rng.chance(0.7)) continue;
    const t = to(m);
    cell.value = num(t.value);
    cell.numFmt = t.numFmt;
    any = true;
  }
  return any;
}

/** Exact sum of printed budget lines, minus `minus`; null when no line is printed. */
function exactSum(c: Ctx, fields: readonly BudgetField[], minus: BudgetField[] = []): string {
  let v = big(0);
  for (const f of fields) if (c.doc.budget[f] !== null) v = v.plus(big(c.doc.budget[f]!));
  for (const f of minus) if (c.doc.budget[f] !== null) v = v.minus(big(c.doc.budget[f]!));
  return v.toString();
}

/** 财政拨款 (and the 合计 cells) typed as formulas over the lines: =C5+C6+C9-E6 or =SUM(C5:C9). */
export function budgetFormulas(c: Ctx, style: 'plus' | 'sum'): boolean {
  const at = (f: BudgetField) => c.slots.get(f);
  const fiscal = at('fiscalAppropriation'),
    basic = at('basic'),
    last = at('developmentOther');
  if (!fiscal || !basic || !last || c.doc.budget.fiscalAppropriation === null) return false;
  const present = BUDGET_LINES.filter((f) => c.doc.budget[f] !== null && at(f));
  if (style === 'sum') for (const f of present) cellAt(at(f)!).value = num(c.doc.budget[f]!);
  const lines = style === 'sum' ? `SUM(${addr(basic)}:${addr(last)})` : present.map((f) => addr(at(f)!)).join('+');
  const other = c.doc.budget.other !== null && at('other') ? at('other')! : null;
  const computed = exactSum(c, BUDGET_LINES, other ? ['other'] : []);
  const printed = c.doc.budget.fiscalAppropriation;
  // A document whose lines were made not to add up keeps its printed 财政拨款: a total nobody recalculated.
  formula(c, fiscal, lines + (other ? `-${addr(other)}` : ''), printed, big(printed).eq(big(computed)) ? 'ok' : 'mismatch');
  const te = c.slots.get('total.expenditure'),
    ti = c.slots.get('total.income');
  if (te) formula(c, te, lines, exactSum(c, BUDGET_LINES));
  if (ti)
    formula(
      c,
      ti,
      other ? `${addr(fiscal)}+${addr(other)}` : `SUM(${addr(fiscal)}:${addr(at('other') ?? fiscal)})`,
      exactSum(c, ['fiscalAppropriation', 'other']),
    );
  return true;
}

/** The budget lines kept on a data sheet (hidden, or visible after the form) and the form's cells referring to it. */
export function crossSheetBudget(c: Ctx): boolean {
  const name = c.rng.pick(['预算数据', `${c.doc.year}年预算数`, 'Sheet2']);
  const ws = c.wb.addWorksheet(name);
  if (c.rng.chance(0.7)) ws.state = 'hidden';
  const ref = /^[A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff]*$/u.test(name) ? name : `'${name}'`;
  let row = 1;
  for (const f of [...BUDGET_LINES, 'fiscalAppropriation', 'other'] as const) {
    const s = c.slots.get(f),
      v = c.doc.budget[f];
    if (!s || v === null) continue;
    ws.getCell(row, 1).value = LABEL[f];
    ws.getCell(row, 2).value = num(v);
    formula(c, s, `${ref}!B${row}`, v);
    row++;
  }
  return row > 1;
}

/** Formula tasks' amounts typed as their arithmetic (=322*10*0.1, =2145*3500*12*0.1/10000). */
export function amountFormulas(c: Ctx): boolean {
  let any = false;
  for (const [i, s] of slotsOf(c, 'task:')) {
    const t = c.doc.tasks[i]!;
    const fs = formulasOf(t).filter((f) => f.statedUnit === '万元');
    if (!fs.length || c.doc.dirty.tasks.has(t.no) || !PLAIN_NUMBER.test(t.amount) || fs.some((f) => f.verdict !== 'ok')) continue;
    const terms = fs.map((f) => {
      const product = f.operands.join('*');
      return big(evaluateExact(product)!.toString()).eq(big(f.stated)) ? product : `${product}/10000`;
    });
    const expr = terms.join('+');
    if (!evaluateExact(expr)?.eq(big(t.amount))) continue;
    formula(c, s, expr, t.amount);
    any = true;
  }
  return any;
}

/** A hidden column right of the form holding amounts in 元; the 万元 amounts are one formula filled down (=F12/10000). */
export function yuanHelperColumn(c: Ctx, column: number): boolean {
  const rows = slotsOf(c, 'task:').filter(
    ([i, s]) => s.ws === c.forms[0]!.ws && /^\d+(?:\.\d{1,4})?$/.test(c.doc.tasks[i]!.amount) && typeof cellAt(s).value !== 'object',
  );
  if (rows.length < 2) return false;
  const ws = rows[0]![1].ws;
  ws.getColumn(column).hidden = true;
  const master = addr(rows[0]![1]);
  for (const [i, s] of rows) {
    const yuan = big(c.doc.tasks[i]!.amount).times(10000).toString();
    ws.getCell(s.row, column).value = num(yuan);
    formula(c, s, `${address(s.row, column)}/10000`, c.doc.tasks[i]!.amount, 'ok', addr(s) === master ? undefined : master);
  }
  return true;
}

/** The key tasks' 合计 as =SUM over the amount column; text amounts are skipped, as SUM skips them. */
export function taskTotalFormula(c: Ctx): boolean {
  const total = c.slots.get('tasks.total');
  const amounts = slotsOf(c, 'task:')
    .map(([, s]) => s)
    .filter((s) => s.ws === total?.ws);
  if (!total || !amounts.length) return false;
  let sum = big(0);
  for (const s of amounts) {
    const v = cellAt(s).value;
    const n = typeof v === 'number' ? v : v && typeof v === 'object' && 'result' in v && typeof v.result === 'number' ? v.result : null;
    if (n !== null) sum = sum.plus(big(String(n)));
  }
  formula(c, total, `SUM(${addr(amounts[0]!)}:${addr(amounts.at(-1)!)})`, sum.toString());
  return true;
}

/** Defect documents: one budget total's cached value left stale, as after an edit without recalculation. */
export function staleTotal(c: Ctx): boolean {
  const names = ['total.expenditure', 'total.income', 'fiscalAppropriation'];
  const target = names
    .map((n) => [n, c.slots.get(n)] as const)
    .find(([, s]) => s && c.formulas.some((f) => f.sheet === s.ws.name && f.cell === addr(s) && f.verdict === 'ok'));
  if (!target) return false;
  const [name, s] = target as [string, Slot];
  const cell = cellAt(s);
  const v = cell.value as { formula: string; result: number };
  const stale = big(String(v.result)).plus(c.rng.int(1, 99)).toString();
  cell.value = { formula: v.formula, result: num(stale) };
  c.formulas.find((f) => f.sheet === s.ws.name && f.cell === addr(s))!.verdict = 'mismatch';
  if (name === 'fiscalAppropriation') c.doc.budget.fiscalAppropriation = stale;
  c.doc.dirty.budget = true;
  c.doc.flags.push({ target: 'budget', why: `cached ${name} ${stale} was not recalculated` });
  return true;
}

/** The department name and a few task names typed as rich text (a bold run, then plain). */
export function richTextCells(c: Ctx): boolean {
  const cells: XCell[] = [];
  c.forms[0]!.ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      // A merged range's other cells read the first one's value: only that one is rewritten.
      if (cell.master !== cell) return;
      if (typeof v === 'string' && (v === c.doc.department || (/^任务\d+/.test(v) && c.rng.chance(0.3)))) cells.push(cell);
    }),
  );
  for (const cell of cells) {
    const v = cell.value as string;
    const k = Math.max(1, Math.min(v.length - 1, v.search(/[:：]/) + 1 || 2));
    cell.value = { richText: [{ text: v.slice(0, k), font: { bold: true } }, { text: v.slice(k) }] };
  }
  return cells.length > 0;
}
