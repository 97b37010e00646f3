// A project's facts (项目名称, 主管部门, 实施单位, 项目期) and its 项目资金: as label | value pairs (年度资金总额 | 120),
// or all in one cell as some bureaus print them (`年度资金总额:16 其中:上级资金16`).
import type { Budget, Project } from '../model/index.ts';
import { readNumber } from './numbers.ts';
import { WAN_YUAN_SUFFIX } from '../arith/money.ts';
import { meaningKey } from './label-meaning.ts';
import { escapeRegExp } from '../parse/shared/text.ts';
import type { ProjectLabels } from './pipeline.ts';
import type { Row } from './rows.ts';

export type Fund = 'total' | 'fiscal' | 'other' | 'carryover';
/** Which of the project's label lists names each fund. */
export const FUND_LABELS: Record<Fund, keyof ProjectLabels> = { total: 'fundsTotal', fiscal: 'fundsFiscal', other: 'fundsOther', carryover: 'fundsCarryover' };
/** A figure after a label inside running text: `总额10606.7522万元`, `上级资金:16`. */
// Thousands separators only in threes: the comma after 财政拨款160, ends the figure, it is no part of it.
const FIGURE = '\\s*[:：]?\\s*((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?)\\s*(?:万元|元)?';
/** Rows with this many figures are a table's data rows (a funds block of a self-evaluation), not label pairs. */
const TABLE_ROW_FIGURES = 3;

export function emptyProject(): Project {
  return { name: null, supervisor: null, implementer: null, period: null, funds: { total: null, fiscal: null, other: null }, raw: {}, loc: {} };
}

/** Fill a project fact unless an earlier label did. */
export function setProjectFact(project: Project, field: string, value: string | null): void {
  const f = field as 'name' | 'supervisor' | 'implementer' | 'period';
  if (project[f] === null && value) project[f] = value;
}

/**
 * Read the 项目资金 figures a row prints, as label | value pairs or inside one cell of text. `yearColumn`: the column
 * a heading above names the year's funds in (中期资金总额 | 年度资金总额 over the figures): the row's figure there.
 */
export function readFundsCell(row: Row, labels: ProjectLabels, project: Project, yearColumn?: number): void {
  const figures = row.grid.filter((c) => !c.spanned && readNumber(c.text) !== null).length;
  if (figures >= TABLE_ROW_FIGURES) return;
  for (const fund of ['total', 'fiscal', 'other', 'carryover'] as const) {
    if ((project.funds[fund] ?? null) !== null) continue;
    const names = labels[FUND_LABELS[fund]] ?? [];
    const found = (yearColumn !== undefined ? underHeading(row, names, yearColumn) : null) ?? lastPair(row, names) ?? inText(row, names);
    if (found) setFund(project, fund, found);
  }
}

/** Headings of the year's funds column beside a longer term's (年度资金总额 beside 中期资金总额). */
const YEAR_HEADING = /^(?:年度|当年|本年)\S*(?:资金|预算|金额)/u;
const TERM_HEADING = /^(?:中期|项目期|实施期|项目)\S*(?:资金|预算|金额)/u;

/** The column of the year's funds, where a row heads the year's and a longer term's side by side; undefined else. */
export function fundsYearColumn(row: Row): number | undefined {
  const keys = row.grid.map((c) => (c.spanned ? '' : meaningKey(c.text)));
  const year = keys.findIndex((k) => YEAR_HEADING.test(k));
  return year >= 0 && keys.some((k) => TERM_HEADING.test(k)) ? year : undefined;
}

/** A row labelled with one of `names` whose figure stands in `column` (the year's, headed above). */
function underHeading(row: Row, names: readonly string[], column: number): Found | null {
  const keys = new Set(names.map(meaningKey));
  if (!row.grid.some((c) => keys.has(meaningKey(c.text)))) return null;
  const cell = row.grid[column];
  const n = cell ? readNumber(cell.text, { stripUnit: WAN_YUAN_SUFFIX }) : null;
  return cell && n ? { value: n.value, raw: cell.text, loc: cell.loc } : null;
}

type Found = { value: number; raw: string; loc: Project['loc'][string] };

/** A project's 年度资金总额 is its table's single printed total (contract: budget.expenditure.total), unless one is read. */
export function fundsTotalAsBudget(budget: Budget, project: Project): void {
  if (project.funds.total === null || budget.expenditure.total !== null) return;
  budget.expenditure.total = project.funds.total;
  budget.raw['expenditure.total'] = project.raw['funds.total']!;
  budget.loc['expenditure.total'] = project.loc['funds.total']!;
}

/** Record a fund's figure with the text and place it was read from. */
export function setFund(project: Project, fund: Fund, found: Found): void {
  project.funds[fund] = found.value;
  project.raw[`funds.${fund}`] = found.raw;
  project.loc[`funds.${fund}`] = found.loc;
}

/** The last label of the row that means one of `names` with a number in the cell after it (年度 stands right of 中期). */
function lastPair(row: Row, names: readonly string[]): Found | null {
  const keys = new Set(names.map(meaningKey));
  let found: Found | null = null;
  row.cells.forEach((c, i) => {
    if (!keys.has(meaningKey(c.text))) return;
    const next = row.cells.slice(i + 1).find((x) => x.text !== '');
    const n = next ? readNumber(next.text, { stripUnit: WAN_YUAN_SUFFIX }) : null;
    if (next && n) found = { value: n.value, raw: next.text, loc: next.loc };
  });
  return found;
}

/** A label followed by its figure inside one cell of running text. */
function inText(row: Row, names: readonly string[]): Found | null {
  for (const c of row.cells) {
    for (const name of names) {
      const m = figureAfter(name).exec(c.text);
      const n = m ? readNumber(m[1]!) : null;
      if (m && n) return { value: n.value, raw: m[1]!, loc: c.loc };
    }
  }
  return null;
}

const figureRes = new Map<string, RegExp>();
/** `name` followed by its figure, compiled once per label. */
function figureAfter(name: string): RegExp {
  let re = figureRes.get(name);
  if (!re) figureRes.set(name, (re = new RegExp(`${escapeRegExp(name)}${FIGURE}`, 'u')));
  return re;
}
