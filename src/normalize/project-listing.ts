// A table that lists several projects, each with its indicators (Sichuan's 部门预算项目绩效目标表: 单位名称 | 项目名称 |
// 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 …, the project cells merged down over its indicator rows):
// one record per project. The rows of each project are read as a table of their own; the project's cells give its
// name, funds, goal and unit.
import type { Cell } from '../parse/grid.ts';
import type { DisclosureRecord } from '../model/index.ts';
import { readNumber } from './numbers.ts';
import { headerOf } from './columns.ts';
import { levelName, matchLabel, meansOneOf } from './label-meaning.ts';
import { emptyProject, setFund } from './project-facts.ts';
import { withoutCode } from './department-code.ts';
import type { PipelineDefinition } from './pipeline.ts';
import { lastFilled, shiftedRight, type Row } from './rows.ts';

/** The project columns of a listing, besides its name: by meaning, as bureaus head them. */
const AMOUNT = [
  '预算数',
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

/** This share of a listing's rows, moved right, hold a 一级 label in its column, or the moving is not the reading. */
const ANCHORED_SHARE = 0.6;

type Columns = { name: number; amount?: number; goal?: number; unit?: number };
/** One project of a listing: its rows (the header first) and its own cells. */
/** `fund`: the funds field the amount column gives (当年财政拨款预算金额 is the fiscal part, 预算数 the total). */
export type ListedProject = { rows: Row[]; headings: string[]; fund: 'total' | 'fiscal'; name: Cell; amount?: Cell; goal?: Cell; unit?: Cell };

/**
 * The projects of a part whose indicator header also heads a 项目名称 column, each from the row where its name cell
 * begins (a merged cell's copies below it continue it) to the next; null for any other part. Rows above the header
 * (title, 金额单位) lead every project; a row between the header and the first project (a department total) and a
 * row without a name (its department's, in a listing of several) belong to none.
 */
export function listedProjects(rows: Row[], p: PipelineDefinition): ListedProject[] | null {
  const names = p.labels.project?.name;
  if (!names) return null;
  const h = rows.findIndex((r) => headerOf(r, p.columns)?.kind === 'indicators' && r.grid.some((c) => meansOneOf(c.text, names)));
  if (h < 0) return null;
  const header = rows[h]!;
  const col = (labels: readonly string[]) => {
    const i = header.grid.findIndex((c) => !c.spanned && meansOneOf(c.text, labels));
    return i < 0 ? undefined : i;
  };
  const at: Columns = { name: col(names)!, amount: col(AMOUNT), goal: col(GOAL), unit: col(UNIT) };
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
  const lead = rows.slice(0, h + 1);
  const headings = [at.name, at.amount, at.goal, at.unit].flatMap((i) => (i === undefined ? [] : [header.grid[i]!.text]));
  const fund = at.amount !== undefined && /财政拨款/u.test(header.grid[at.amount]!.text) ? 'fiscal' : 'total';
  const projects: ListedProject[] = [];
  for (const row of rows.slice(h + 1)) {
    const name = row.grid[at.name];
    if (name && name.text !== '' && !name.spanned) {
      const before = projects.at(-1);
      const own = cellsOf(row, at);
      // Packed rows print a unit merged over several projects on its first project's row only.
      projects.push({ rows: [...lead], headings, fund, name, ...(packed && !own.unit && before?.unit ? { unit: before.unit } : {}), ...own });
    }
    // Packed rows lost the merge's copies: a row with no name continues the project above.
    if (name && (name.text !== '' || packed)) projects.at(-1)?.rows.push(row);
  }
  return projects.length >= 1 ? projects : null;
}

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
  const [amount, goal, unit] = [cell(at.amount), cell(at.goal), cell(at.unit)];
  return { ...(amount ? { amount } : {}), ...(goal ? { goal } : {}), ...(unit ? { unit } : {}) };
}

/** The project's own cells into its record, where the table read as a whole left them empty. */
export function applyListedProject(record: DisclosureRecord, listed: ListedProject): void {
  const project = (record.project ??= emptyProject());
  project.name = listed.name.text;
  const amount = listed.amount && readNumber(listed.amount.text);
  if (listed.amount && amount) setFund(project, listed.fund, { value: amount.value, raw: listed.amount.text, loc: listed.amount.loc });
  if (listed.goal) record.overallGoal = listed.goal.text;
  if (listed.unit) record.department = { ...record.department, name: listed.unit.text, ...withoutCode(listed.unit.text) };
  // The listing's own columns are read here: not labels the indicator header does not know.
  if (record.unknownLabels) record.unknownLabels = record.unknownLabels.filter((u) => !meansOneOf(u.label, listed.headings));
  if (record.unknownLabels?.length === 0) delete record.unknownLabels;
}
