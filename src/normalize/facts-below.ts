// Facts printed as a row of labels over a row of values (项目名称 | 主管部门 | 实施单位 over 农村公路养护 | 交通运输局 | …,
// 年度资金总额 | 财政拨款 | 其他资金 over 120 | 100 | 20, a full-width 年度绩效目标 over the goal's text): each label's value
// is the cell below it in the same column. Only facts still empty are filled: label | value pairs read first.
import type { Cell } from '../parse/grid.ts';
import type { DisclosureRecord, Project } from '../model/index.ts';
import { WAN_YUAN_SUFFIX } from '../arith/money.ts';
import { meaningKey } from './label-meaning.ts';
import { headsColumn } from './columns.ts';
import { FUND_LABELS, setFund, type Fund } from './project-facts.ts';
import { readNumber } from './numbers.ts';
import type { PipelineDefinition } from './pipeline.ts';
import type { Row } from './rows.ts';
import { cached } from './cached.ts';

type Facts = Pick<DisclosureRecord, 'department' | 'overallGoal'> & { project?: Project | null };

/** Fill empty facts from label rows whose values stand in the row below. */
export function readFactsBelow(rows: Row[], labelOf: ReadonlyMap<string, string>, p: PipelineDefinition, facts: Facts): void {
  const fundOf = fundLabels(p);
  rows.forEach((row, r) => {
    const below = rows[r + 1];
    if (row.kind !== 'row' || below?.kind !== 'row' || below.table !== row.table || below.grid.length !== row.grid.length) return;
    const labels = labelColumns(row, (key) => labelOf.get(key) ?? fundOf.get(key));
    if (!labels) return;
    // The row below is values, not a second row of labels (a header stacked over another) nor a table's header.
    if (below.cells.some((c) => c.text !== '' && (labelOf.has(meaningKey(c.text)) || fundOf.has(meaningKey(c.text)) || headsColumn(c.text, p)))) return;
    for (const { field, column } of labels) {
      const cell = below.grid[column];
      if (cell && cell.text !== '') fill(facts, field, cell);
    }
  });
}

/** Each label of a row made only of labels, with the grid column it heads; null for any other row. */
function labelColumns(row: Row, fieldOf: (key: string) => string | undefined): Array<{ field: string; column: number }> | null {
  const out: Array<{ field: string; column: number }> = [];
  for (let c = 0; c < row.grid.length; c++) {
    const cell = row.grid[c]!;
    if (cell.text === '' || (cell.spanned && c > 0 && row.grid[c - 1]!.text === cell.text)) continue;
    const field = fieldOf(meaningKey(cell.text));
    if (!field) return null;
    out.push({ field, column: c });
  }
  // The budget block's labels over figures are read as stacked budget columns (budget-columns.ts).
  if (out.length === 0 || out.some((l) => l.field === 'total' || l.field.startsWith('budget:'))) return null;
  // One label alone heads a value below only when it spans the row (年度绩效目标 over the goal's text).
  if (out.length === 1 && row.grid.some((c) => c.text !== row.grid[out[0]!.column]!.text)) return null;
  return out;
}

function fill(facts: Facts, field: string, cell: Cell): void {
  const d = facts.department;
  const project = facts.project;
  if (field === 'goal') facts.overallGoal ??= cell.text;
  else if (field === 'name') d.name ??= cell.text;
  else if (field.startsWith('project:') && project) {
    const f = field.slice(8) as 'name' | 'supervisor' | 'implementer' | 'period';
    project[f] ??= cell.text;
  } else if (field.startsWith('funds:') && project) {
    const fund = field.slice(6) as Fund;
    const n = readNumber(cell.text, { stripUnit: WAN_YUAN_SUFFIX });
    if (n && (project.funds[fund] ?? null) === null) setFund(project, fund, { value: n.value, raw: cell.text, loc: cell.loc });
  }
}

const fundCache = new WeakMap<PipelineDefinition, Map<string, string>>();
/** The project's funds labels by meaning key → `funds:total` etc.; empty for families without projects. */
const fundLabels = (p: PipelineDefinition): Map<string, string> => cached(fundCache, p, fundLabelsOf);

function fundLabelsOf(p: PipelineDefinition): Map<string, string> {
  const m = new Map<string, string>();
  const project = p.labels.project;
  if (project)
    for (const [fund, labels] of Object.entries(FUND_LABELS))
      for (const l of project[labels] ?? []) if (!m.has(meaningKey(l))) m.set(meaningKey(l), `funds:${fund}`);
  return m;
}
