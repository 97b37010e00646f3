// A table that lists several projects, each with its indicators (Sichuan's 部门预算项目绩效目标表: 单位名称 | 项目名称 |
// 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 …, the project cells merged down over its indicator rows):
// one record per project. The rows of each project are read as a table of their own; the project's cells give its
// name, funds, goal and unit.
import type { Cell } from '../parse/grid.ts';
import type { DisclosureRecord } from '../model/index.ts';
import { readNumber } from './numbers.ts';
import { cellOf, headerOf, holdsFigures, type ColumnMap } from './columns.ts';
import { levelName, matchLabel, meansOneOf } from './label-meaning.ts';
import { emptyProject, fundsTotalAsBudget, setFund } from './project-facts.ts';
import { withoutCode } from './department-code.ts';
import type { PipelineDefinition } from './pipeline.ts';
import { lastFilled, shiftedRight, type Row } from './rows.ts';
import { isTableTotal } from './total-rows.ts';

/** The project columns of a listing, besides its name: by meaning, as bureaus head them. */
const AMOUNT = [
  '预算数',
  '项目总额',
  '预算金额',
  '项目预算',
  '年度预算',
  '资金总额',
  '年度资金总额',
  '项目金额',
  '金额',
  '预算资金',
  '当年预算',
  '财政拨款预算金额',
  '当年财政拨款预算金额',
];
const GOAL = ['年度目标', '绩效目标', '年度绩效目标', '项目绩效目标', '项目年度目标', '项目目标', '当年绩效目标'];
const UNIT = ['单位名称', '预算单位', '部门名称', '单位'];
/** A heading naming units and their projects in one column (Hunan's 单位(项目)名称): the projects' names. */
const UNIT_OR_PROJECT = /^单位[(（]项目[)）]名称$/u;

/** This share of a listing's rows, moved right, hold a 一级 label in its column, or the moving is not the reading. */
const ANCHORED_SHARE = 0.6;

/** Whether a heading names the projects' column: a project-name label, or 单位(项目)名称. */
export const namesProject = (text: string, names: readonly string[]) => meansOneOf(text, names) || UNIT_OR_PROJECT.test(text.replace(/\s+/gu, ''));

type Columns = { name: number; amount?: number; goal?: number; unit?: number; fiscal?: number; other?: number };
/** One project of a listing: its rows (the header first) and its own cells. */
/** `fund`: the funds field the amount column gives (当年财政拨款预算金额 is the fiscal part, 预算数 the total). */
export type ListedProject = {
  rows: Row[];
  headings: string[];
  fund: 'total' | 'fiscal';
  name: Cell;
  amount?: Cell;
  goal?: Cell;
  unit?: Cell;
  fiscal?: Cell;
  other?: Cell;
};

/**
 * The projects of a part whose indicator header also heads a 项目名称 column, each from the row where its name cell
 * begins (a merged cell's copies below it continue it) to the next; null for any other part. Rows above the header
 * (title, 金额单位) lead every project; a row between the header and the first project (a department total) and a
 * row without a name (its department's, in a listing of several) belong to none.
 */
export function listedProjects(rows: Row[], p: PipelineDefinition): ListedProject[] | null {
  const names = p.labels.project?.name;
  if (!names) return null;
  // A heading merged down from the header's first row stands in the indicator header row as the merge's copy.
  const namesProjects = (c: Cell) => namesProject(c.text, names);
  let h = rows.findIndex((r) => headerOf(r, p.columns)?.kind === 'indicators' && r.grid.some(namesProjects));
  if (h < 0) return null;
  const header = rows[h]!;
  const col = (labels: readonly string[], row = header) => {
    const i = row.grid.findIndex((c) => meansOneOf(c.text, labels));
    return i < 0 ? undefined : i;
  };
  // 其中: over 财政资金 | 其他资金: the parts of the amount are headed on the header's second row.
  // (A ruled print may draw an empty band between the two: copies only.)
  let k = h + 1;
  while (rows[k]?.kind === 'row' && rows[k]!.grid.every((c) => c.spanned || c.text === '')) k++;
  const below = rows[k];
  const sub = below && below.kind === 'row' && below.grid.length === header.grid.length && isSubHeader(below) ? below : undefined;
  const partCol = (labels: readonly string[]) => col(labels) ?? (sub ? col(labels, sub) : undefined);
  const at: Columns = {
    name: header.grid.findIndex(namesProjects),
    amount: col(AMOUNT),
    goal: col(GOAL),
    unit: col(UNIT.filter((u) => header.grid.every((c) => !(namesProjects(c) && meansOneOf(c.text, [u]))))),
    fiscal: partCol(p.labels.project!.fundsFiscal),
    other: partCol(p.labels.project!.fundsOther),
  };
  // The rows under the header start after its second row, empty bands dropped.
  const top = h;
  if (sub) h = k;
  // The project cells are merged down over their indicator rows. A text export that lost the merges packed each row
  // to the left: the cells a merge covered are the row's first ones, so its last cell goes back under the header's
  // last heading, where every indicator row's 一级 label then stands in its column.
  let packed = false;
  if (!rows.slice(h + 1).some((r) => r.grid[at.name]?.spanned && r.grid[at.name]!.text !== '')) {
    const anchored = rightAnchored(rows.slice(h + 1), header);
    const level1 = header.grid.findIndex((c) => matchLabel(c.text, p.columns.indicators) === 'level1');
    const named = anchored.filter((r) => r.grid[at.name]!.text !== '').length;
    const labelled = anchored.filter((r) => p.labels.level1.includes(levelName(r.grid[level1]?.text ?? ''))).length;
    if (level1 < 0 || named < 2 || labelled < ANCHORED_SHARE * anchored.length) return null;
    rows = [...rows.slice(0, h + 1), ...anchored];
    packed = true;
  }
  // Rows above the header lead every project, from the end of any other table before it (a 三公经费 table the same
  // part holds names its own 部门名称).
  let start = top;
  while (start > 0 && !(rows[start - 1]!.kind === 'row' && rows[start - 1]!.table !== header.table)) start--;
  const lead = [...rows.slice(start, top + 1), ...(sub ? [sub] : [])];
  const headings = [at.name, at.amount, at.goal, at.unit, at.fiscal, at.other].flatMap((i) =>
    i === undefined ? [] : [header.grid[i]!.text, ...(sub ? [sub.grid[i]!.text] : [])],
  );
  const fund = at.amount !== undefined && /财政拨款/u.test(header.grid[at.amount]!.text) ? 'fiscal' : 'total';
  const projects: ListedProject[] = [];
  for (const row of rows.slice(h + 1)) {
    // The header printed again where a page broke the table: its rows name no project.
    const name = row.grid[at.name]?.text === header.grid[at.name]!.text ? { ...row.grid[at.name]!, spanned: true } : row.grid[at.name];
    const before = projects.at(-1);
    // A merged name cell cut by a page break prints the name again on the next page: the same project goes on.
    const goesOn = before !== undefined && name?.text === before.name.text && row.grid[at.amount ?? -1]?.text === before.amount?.text;
    if (name && name.text !== '' && !name.spanned && !goesOn) {
      const own = cellsOf(row, at);
      // Packed rows print a unit merged over several projects on its first project's row only.
      projects.push({ rows: [...lead], headings, fund, name, ...(packed && !own.unit && before?.unit ? { unit: before.unit } : {}), ...own });
    }
    // Packed rows lost the merge's copies: a row with no name continues the project above.
    if (name && (name.text !== '' || packed)) projects.at(-1)?.rows.push(goesOn ? asCopies(row, before.rows[lead.length]!) : row);
  }
  // A unit's or a total's row (106001 | 长沙市公安局 | 40,233.95) names no indicator: it is no project.
  // It names the unit whose projects follow, where the listing has no unit column of its own.
  const out: ListedProject[] = [];
  let unitRow: Cell | undefined;
  const map = headerOf(header, p.columns)!;
  for (const x of projects) {
    if (x.rows.slice(lead.length).some((r) => printsIndicator(r, map))) out.push(x.unit || !unitRow ? x : { ...x, unit: unitRow });
    else if (!isTableTotal(x.name.text)) unitRow = x.name;
  }
  return out.length >= 1 ? out : null;
}

/**
 * The row that opens a project's part on the next page prints its merged cells again (106001 | 项目名称 | 305.50 |
 * 绩效目标): they are copies of the cells on the project's first row, as the merge's rows above them are.
 */
function asCopies(row: Row, first: Row): Row {
  const grid = row.grid.map((c, i) => {
    const o = first.grid[i];
    return o && c.text !== '' && !c.spanned && c.text === o.text ? { ...o, spanned: true } : c;
  });
  return { ...row, grid, cells: row.cells.map((c) => grid[row.grid.indexOf(c)] ?? c) };
}

/** A second header row: words only, no figure. */
const isSubHeader = (row: Row) => row.grid.some((c) => !c.spanned && c.text !== '') && !holdsFigures(row);

/** Whether a row fills a cell the header heads as an indicator's name, target or actual value. */
const printsIndicator = (row: Row, map: ColumnMap) => (['name', 'target', 'actual'] as const).some((role) => (cellOf(row, map, role)?.text ?? '') !== '');

/** Each row moved right so that its last cell stands under the header's last heading. */
function rightAnchored(rows: Row[], header: Row): Row[] {
  const end = lastFilled(header);
  return rows.map((r) => {
    const last = lastFilled(r);
    return last >= 0 && last < end ? (shiftedRight(r, end - last) ?? r) : r;
  });
}

function cellsOf(row: Row, at: Columns): Omit<ListedProject, 'rows' | 'headings' | 'name' | 'fund'> {
  const cell = (i: number | undefined) => (i === undefined || row.grid[i]?.text === '' ? undefined : row.grid[i]);
  const found = { amount: cell(at.amount), goal: cell(at.goal), unit: cell(at.unit), fiscal: cell(at.fiscal), other: cell(at.other) };
  return Object.fromEntries(Object.entries(found).filter(([, c]) => c !== undefined));
}

/** The project's own cells into its record, where the table read as a whole left them empty. */
export function applyListedProject(record: DisclosureRecord, listed: ListedProject): void {
  const project = (record.project ??= emptyProject());
  project.name = listed.name.text;
  const amount = listed.amount && readNumber(listed.amount.text);
  if (listed.amount && amount) setFund(project, listed.fund, { value: amount.value, raw: listed.amount.text, loc: listed.amount.loc });
  for (const part of ['fiscal', 'other'] as const) {
    const cell = listed[part];
    const n = cell && readNumber(cell.text);
    if (cell && n && project.funds[part] === null) setFund(project, part, { value: n.value, raw: cell.text, loc: cell.loc });
  }
  fundsTotalAsBudget(record.budget, project);
  if (listed.goal) record.overallGoal = listed.goal.text;
  if (listed.unit) record.department = { ...record.department, name: listed.unit.text, ...withoutCode(listed.unit.text) };
  // 单位(项目)名称 heads the projects' names: the project under it is not the department.
  else if (record.department.name === listed.name.text) record.department = { ...record.department, name: null };
  // The listing's own columns are read here: not labels the indicator header does not know.
  if (record.unknownLabels) record.unknownLabels = record.unknownLabels.filter((u) => !meansOneOf(u.label, listed.headings));
  if (record.unknownLabels?.length === 0) delete record.unknownLabels;
}
