// A budget printed as a header over a row of figures (layout C: 预算支出 → 总额 | 基本支出 (合计, 财政拨款, 专户资金,
// 单位资金) | 项目支出 (…), then one row of amounts): each figure is named by the header cells stacked above its column.
import type { Budget, BudgetPart } from '../model/index.ts';
import { readNumber } from './numbers.ts';
import { WAN_YUAN_SUFFIX } from '../arith/money.ts';
import { meaningKey } from './label-meaning.ts';
import type { BudgetField, PipelineDefinition } from './pipeline.ts';
import type { Row } from './rows.ts';

/** Header rows a figure row may stand under. */
const MAX_HEADER_ROWS = 3;
/** Longer than this, a header cell is running text, not a label (专项业务经费（含上年结转） is 12). */
const LONGEST_LABEL = 24;
/** What a sub-column names when it is its group's own total. */
const GROUP_TOTAL = ['合计', '小计', '计'];

/** Fill budget lines and their parts from figure rows under stacked headers; lines already read stay. */
export function readBudgetColumns(rows: Row[], p: PipelineDefinition, budget: Budget, parts: BudgetPart[]): void {
  const fieldOf = new Map<string, BudgetField>();
  for (const [field, labels] of Object.entries(p.labels.budget) as Array<[BudgetField, readonly string[]]>)
    for (const l of labels) fieldOf.set(meaningKey(l), field);
  const counted = new Map<Row, number>();
  const figures = (row: Row) => {
    let n = counted.get(row);
    if (n === undefined) counted.set(row, (n = row.grid.filter((c) => !c.spanned && readNumber(c.text, { stripUnit: WAN_YUAN_SUFFIX }) !== null).length));
    return n;
  };
  rows.forEach((row, r) => {
    if (row.kind !== 'row' || figures(row) < 2) return;
    const above = headerRowsAbove(rows, r, figures);
    if (above.length === 0) return;
    row.grid.forEach((cell, c) => {
      const n = readNumber(cell.text, { stripUnit: WAN_YUAN_SUFFIX });
      // A part's cell holding figures that read as no one number (two columns' figures run together, 1290.05 2.72) is
      // kept unread, so that its line's sum is not judged without it.
      if (cell.spanned || (!n && !/\d/u.test(cell.text))) return;
      const path = stack(above, c, (t) => fieldOf.has(meaningKey(t)));
      // The line is the outermost label the family knows (基本支出); a deeper label under it (财政拨款) is its part.
      const at = path.findIndex((t) => fieldOf.has(meaningKey(t)));
      if (at < 0) return;
      const field = fieldOf.get(meaningKey(path[at]!))!;
      const label = path.at(-1)!;
      if (!n) {
        if (at < path.length - 1 && !GROUP_TOTAL.includes(meaningKey(label))) parts.push({ of: field, label, amount: null, raw: cell.text, loc: cell.loc });
        return;
      }
      if (at === path.length - 1 || GROUP_TOTAL.includes(meaningKey(label))) {
        const [side, key] = field.split('.') as ['expenditure' | 'income', string];
        // A line read already keeps its figure; a label read beside an empty cell has none yet.
        if ((budget[side] as Record<string, number | null>)[key] != null) return;
        (budget[side] as Record<string, number | null>)[key] = n.value;
        budget.raw[field] = cell.text;
        budget.loc[field] = cell.loc;
      } else {
        parts.push({ of: field, label, amount: n.value, raw: cell.text, loc: cell.loc });
      }
    });
  });
}

/** The label rows right above a figure row in the same table (no figures in them). */
function headerRowsAbove(rows: Row[], r: number, figures: (row: Row) => number): Row[] {
  const out: Row[] = [];
  for (let i = r - 1; i >= 0 && out.length < MAX_HEADER_ROWS; i--) {
    const row = rows[i]!;
    // A text table's row ends at its last filled cell (OCR markdown's 总额 | 基本支出 | … | 项目支出 | |): narrower is
    // the same grid; wider is another table's.
    if (row.kind !== 'row' || row.table !== rows[r]!.table || row.grid.length > rows[r]!.grid.length || figures(row) > 0) break;
    // A header row holds labels; a row with running text (总体绩效目标 | 全面履行部门职责…) is the form's body.
    if (row.grid.some((c) => c.text.length > LONGEST_LABEL)) break;
    out.unshift(row);
  }
  return out;
}

/** The distinct header texts above column c, top down (a span's copies repeat its label: counted once). */
function stack(above: Row[], c: number, known: (label: string) => boolean): string[] {
  const path: string[] = [];
  above.forEach((row, depth) => {
    let t = row.grid[c]?.text ?? '';
    // A group label printed without its span (GFM cannot merge: 基本支出 | | | over 合计 | 财政拨款 | 专户资金): an
    // empty cell over a deeper label belongs to the group label on its left.
    // A group label centred over its span without it (an unruled print: 基本支出 over the second of its four columns)
    // names the group its sub-columns make, each group opening at its own 合计.
    const deeper = above.slice(depth + 1);
    if (t === '' && deeper.some((below) => (below.grid[c]?.text ?? '') !== '')) t = groupLabelOver(row, deeper, c) ?? groupLabelLeftOf(row, c);
    for (const piece of t === '' ? [] : (flatGroup(row, c, known) ?? [t])) if (path.at(-1) !== piece) path.push(piece);
  });
  return path;
}

/**
 * A group printed flat on one header row, its total first (GFM, a one-row export: 总额 | 基本支出合计 | 其中:财政拨款 |
 * 专户资金 | 项目支出合计 | …): column c as the group and its label under it (基本支出 › 合计, 基本支出 › 其中:财政拨款),
 * as a two-row header would stack them; undefined where no group's total stands at or left of c before a label
 * the family knows whole.
 */
function flatGroup(row: Row, c: number, known: (label: string) => boolean): string[] | undefined {
  for (let k = c; k >= 0; k--) {
    const label = row.grid[k]?.text ?? '';
    // A label the family knows whole (收入合计, 总额) is a line of its own, and no group reaches past it; what a
    // group's column says it holds (其中:财政拨款) is the group's.
    if (known(label) && !OF_WHICH.test(label)) return undefined;
    const m = FLAT_GROUP_TOTAL.exec(meaningKey(label));
    if (m && known(m[1]!)) return k === c ? [m[1]!, m[2]!] : [m[1]!, row.grid[c]!.text];
  }
  return undefined;
}

const OF_WHICH = /^\s*其中/u;
/** A group's name and its own total in one label (基本支出合计, 项目支出小计). */
const FLAT_GROUP_TOTAL = new RegExp(`^(.+?)(${GROUP_TOTAL.slice(0, 2).join('|')})$`, 'u');

/**
 * The label of the group column c is in, where a deeper row opens each group with its total (合计 | 财政拨款 | … |
 * 合计 | …): the one label the header row prints over that group's columns; undefined without such a row.
 */
function groupLabelOver(row: Row, deeper: Row[], c: number): string | undefined {
  const opens = (k: number) => deeper.some((below) => GROUP_TOTAL.includes(meaningKey(below.grid[k]?.text ?? '')));
  let from = c;
  while (from >= 0 && !opens(from)) from--;
  if (from < 0) return undefined;
  let to = c + 1;
  while (to < row.grid.length && !opens(to)) to++;
  const labels = row.grid.slice(from, to).filter((cell) => cell.text !== '');
  return labels.length === 1 ? labels[0]!.text : undefined;
}

/** The nearest label left of column c in a header row, or '' when there is none. */
function groupLabelLeftOf(row: Row, c: number): string {
  for (let i = Math.min(c, row.grid.length) - 1; i >= 0; i--) if (row.grid[i]!.text !== '') return row.grid[i]!.text;
  return '';
}
