// Self-check: every gold file against the cells read back from its document (read-back.ts), and the gold's own
// arithmetic against its recorded defects (a clean target must add up, a flagged one must not).
// usage: node --import tsx scripts/layouts/check.ts DIR   (DIR holds docs/ and gold/); exit 1 on any failure
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { create, all } from 'mathjs';
import { htmlTables, mdTables, pdfText, readHtml, xlsxTables, type Matrix } from './read-back.ts';
import { norm } from './gold.ts';

const math = create(all!, { number: 'BigNumber', precision: 40 });
const big = (x: number | string) => math.bignumber(String(x));
const eq = (a: number | string, b: number | string) => math.equal(big(a), big(b)) as boolean;

type G = Record<string, any>; // gold files are plain JSON
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Checks one gold file against its document; returns the failures. */
export async function checkOne(dir: string, g: G): Promise<string[]> {
  const file = join(dir, 'docs', g.document),
    fail: string[] = [];
  const miss = (what: string) => fail.push(what);
  if (g.format === 'pdf') {
    const { text, pages } = pdfText(file);
    if (pages < 1) miss('pdf has no text pages');
    const want = [g.title, g.department.name, g.overallGoalStart, ...g.indicators.map((i: G) => i.value.raw)].map((s) => norm(String(s)));
    const found = want.filter((w) => text.includes(w)).length;
    if (found < want.length * 0.8) miss(`pdf text holds only ${found}/${want.length} of the title, department, goal and indicator values`);
    return fail.concat(arithmetic(g));
  }
  const carry = true;
  let tables: Matrix[] =
    g.format === 'xlsx' ? await xlsxTables(file, carry) : g.format === 'markdown' ? mdTables(file, carry) : htmlTables(readHtml(file), carry);
  if (g.sheetPosition) tables = [tables[g.sheetPosition - 1] ?? []]; // one target table per sheet
  const rows = tables.flat();
  const cells = rows.flat();
  const raw = g.format === 'xlsx' ? cells.join('\n') : g.format === 'markdown' ? readFileSync(file, 'utf8') : readHtml(file);
  if (!norm(raw).includes(norm(g.title))) miss(`title ${g.title}`);
  if (!cells.some((c) => norm(c).endsWith(norm(g.department.name)))) miss(`department ${g.department.name}`);
  if (!cells.some((c) => norm(c).includes(g.overallGoalStart))) miss('overall goal');
  const has = (row: string[], v: unknown) => row.some((c) => norm(c) === norm(String(v)));
  // a figure is a cell of its own, or follows its label inside one cell (年度资金总额:16 其中:上级资金16)
  const figure = (v: unknown) => cells.some((c) => norm(c) === String(v) || new RegExp(`(总额|拨款|资金)[:]?${esc(String(v))}(?![\\d.])`).test(norm(c)));
  for (const v of [...Object.values(g.budget.expenditure), ...Object.values(g.budget.income), ...Object.values(g.project?.funds ?? {})])
    if (v != null && !figure(v)) miss(`budget figure ${v}`);
  // tasks: the row that names the task carries its amount and content, and its printed number is the gold `no`
  const taskRows: number[] = [];
  for (const t of [...g.tasks, ...g.duplicateTasks]) {
    const re = new RegExp(`^(?:任务(\\d+)[:]|(\\d+)\\.)?${esc(norm(t.name))}$`);
    const k = rows.findIndex((row, i) => !taskRows.includes(i) && row.some((c) => re.test(norm(c))) && (t.amount == null || has(row, t.amount)));
    if (k < 0) {
      miss(`task ${t.no} ${t.name} with amount ${t.amount}`);
      continue;
    }
    taskRows.push(k);
    const row = rows[k]!,
      m = row.map((c) => re.exec(norm(c))).find(Boolean)!;
    const printed = m[1] ?? m[2] ?? (row.some((c) => norm(c) === String(t.no)) ? String(t.no) : null);
    if (printed != null && Number(printed) !== t.no) miss(`task ${t.no} printed as ${printed}`);
    if (t.contentStart && !row.some((c) => norm(c).startsWith(t.contentStart))) miss(`task ${t.no} content`);
    // a prose total in the content (以上预算共计X万元) disagrees with the amount exactly when the gold flags the task
    const prose = row.map((c) => /以上预算共计([\d.]+)万元/.exec(norm(c))?.[1]).find(Boolean);
    const flagged = g.expectedFlags.some((f: G) => f.target === 'task' && f.no === t.no && /content totals/.test(f.why));
    if (prose && t.amount != null && !g.duplicateTasks.includes(t) && eq(prose, t.amount) === flagged)
      miss(`task ${t.no}: prose total ${prose} vs amount ${t.amount}, flagged ${flagged}`);
  }
  const unnumbered = g.tasks.filter((t: G, i: number) => {
    const row = rows[taskRows[i]!];
    return row && !row.some((c) => /^(任务\d+[:]|\d+\.)/.test(norm(c)) || norm(c) === String(t.no));
  });
  unnumbered.forEach((t: G) => {
    if (t.no !== g.tasks.indexOf(t) + 1) miss(`unnumbered task ${t.no} is not at that position`);
  });
  // indicators: name cell, raw target, weight/score/actual in the same row, levels carried down from merged cells
  const used = new Set<number>();
  for (const i of g.indicators) {
    const re = new RegExp(`^(?:指标(\\d+)[:])?${esc(norm(i.name))}$`);
    const k = rows.findIndex((row, n) => !used.has(n) && row.some((c) => re.test(norm(c))) && has(row, i.value.raw));
    if (k < 0) {
      miss(`indicator ${i.no} ${i.name} = ${i.value.raw}`);
      continue;
    }
    used.add(k);
    const row = rows[k]!;
    const printed = row.map((c) => re.exec(norm(c))?.[1]).find(Boolean);
    if (printed && Number(printed) !== i.no) miss(`indicator ${i.no} printed as 指标${printed}`);
    for (const f of ['weight', 'score'] as const) if (i[f] != null && !has(row, i[f])) miss(`indicator ${i.no} ${f} ${i[f]}`);
    if (i.actual?.raw != null && !has(row, i.actual.raw)) miss(`indicator ${i.no} actual ${i.actual.raw}`);
    // levels: the two columns left of the name, carried down over blank (merged) cells
    const col = row.findIndex((c) => re.test(norm(c)));
    const above = (c: number) => {
      for (let y = k; y >= 0; y--) if (rows[y]![c]) return norm(rows[y]![c]!).replace(/\((\d+)分\)$/, '');
      return '';
    };
    if (i.level1 && above(col - 2) !== i.level1) miss(`indicator ${i.no} level1 ${i.level1}, read ${above(col - 2)}`);
    if (i.level2 && above(col - 1) !== i.level2) miss(`indicator ${i.no} level2 ${i.level2}, read ${above(col - 1)}`);
  }
  // execution lines: label, amounts and the printed rate in one row
  for (const l of g.execution?.lines ?? []) {
    const row = rows.find((r) => has(r, l.label));
    if (!row) {
      miss(`execution line ${l.label}`);
      continue;
    }
    for (const v of [l.planned, l.adjusted, l.executed, `${Number(l.rate).toFixed(2)}%`, l.weight, l.score])
      if (v != null && !has(row, v)) miss(`execution ${l.label} value ${v}`);
  }
  return fail.concat(arithmetic(g));
}

/** The gold's arithmetic agrees with its defects: clean parts add up, each recorded defect really is one. */
function arithmetic(g: G): string[] {
  const fail: string[] = [],
    d = new Set<string>(g.defects);
  const flaggedInd = new Set(g.expectedFlags.filter((f: G) => f.target === 'indicator').map((f: G) => f.no));
  const ws = g.indicators.map((i: G) => i.weight).filter((w: unknown) => w != null);
  if (ws.length) {
    const want = g.execution ? 90 : 100,
      sum = ws.reduce((a: number, b: number) => a + b, 0);
    if ((sum === want) === d.has('weight-sum')) fail.push(`weights add up to ${sum}, defect weight-sum ${d.has('weight-sum')}`);
  }
  for (const i of g.indicators)
    if (i.score != null && i.score > i.weight !== flaggedInd.has(i.no) && !(i.actual?.raw === null))
      fail.push(`indicator ${i.no} score ${i.score} vs weight ${i.weight}`);
  let rateOff = false;
  for (const l of g.execution?.lines ?? []) {
    const exact = Number(l.adjusted) === 0 ? big(0) : math.round(math.multiply(math.divide(big(l.executed), big(l.adjusted)), 100) as any, 2);
    if (!math.equal(exact, big(l.rate))) rateOff = true;
  }
  if (g.execution && rateOff !== d.has('rate-mismatch')) fail.push(`execution rates off: ${rateOff}, defect rate-mismatch ${d.has('rate-mismatch')}`);
  if (g.execution) {
    const sum = g.indicators.reduce((s: any, i: G) => math.add(s, big(i.score ?? 0)), math.add(big(0), big(g.execution.lines[0].score)));
    if (eq(sum.toString(), g.execution.totalScore) === d.has('total-score'))
      fail.push(`total score ${g.execution.totalScore} vs sum ${sum}, defect total-score ${d.has('total-score')}`);
  }
  const e = g.budget.expenditure;
  if (g.layout === 'D' && eq(math.add(big(e.basic), big(e.project)).toString(), e.total) === d.has('sum-parts'))
    fail.push(`D 合计 ${e.total} vs ${e.basic}+${e.project}`);
  const f = g.project?.funds;
  if (f?.fiscal != null && f.other != null && eq(math.add(big(f.fiscal), big(f.other)).toString(), f.total) === d.has('sum-parts'))
    fail.push(`funds ${f.total} vs ${f.fiscal}+${f.other}`);
  for (const fo of g.formulas) {
    const product = fo.operands.reduce((p: any, x: number) => math.multiply(p, big(x)), big(1));
    if (!eq(math.divide(product, 10_000).toString(), fo.stated)) fail.push(`formula ${fo.text}`);
  }
  return fail;
}

/** Prints what the gold files cover: layouts × formats, defects, and the variants that matter to a reader. */
function coverage(gs: G[]): void {
  const count = (xs: string[]) =>
    Object.entries(xs.reduce((m: Record<string, number>, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {}))
      .map(([k, v]) => `${k}:${v}`)
      .join(' ');
  console.log(`layout×format ${count(gs.map((g) => `${g.layout}/${g.generator}-${g.format}`))}`);
  console.log(`defects ${count(gs.flatMap((g) => g.defects))}`);
  const dept = gs.filter((g) => g.tasks.length || g.duplicateTasks.length);
  console.log(
    `task numbering ${count(dept.map((g) => g.variant.taskNumbering))}; one task ${dept.filter((g) => g.tasks.length + g.duplicateTasks.length === 1).length}; A with empty 其他任务 ${gs.filter((g) => g.layout === 'A' && !g.otherTasks.length).length}/${gs.filter((g) => g.layout === 'A').length}`,
  );
  console.log(
    `indicators with 指标N: ${gs.filter((g) => g.variant.indicatorPrefix).length}; level points ${gs.filter((g) => g.variant.levelPoints).length}; city-level A ${gs.filter((g) => g.variant.cityLevel).length}; markdown styles ${count(gs.filter((g) => g.style).map((g) => g.style))}`,
  );
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: check.ts DIR');
  const golds = readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  let bad = 0;
  const covered = new Set<string>();
  for (const f of golds) {
    const g = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8'));
    covered.add(g.document);
    const fails = await checkOne(dir, g);
    if (fails.length) {
      bad++;
      console.log(`FAIL ${f}\n  ${fails.join('\n  ')}`);
    }
  }
  coverage(golds.map((f) => JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8'))));
  const orphans = readdirSync(join(dir, 'docs')).filter((d) => !covered.has(d));
  if (orphans.length) {
    bad++;
    console.log(`FAIL documents without gold: ${orphans.join(', ')}`);
  }
  console.log(`checked ${golds.length} gold files against their documents: ${golds.length - bad} ok, ${bad} failing`);
  process.exitCode = bad ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
