// A self-evaluation's funds block: one line per fund (年度资金总额, 其中:当年财政拨款 …) under 年初预算数 | 全年预算数 |
// 全年执行数 | 分值 | 执行率 | 得分, read by the columns the header named.
import type { ExecutionLine } from '../model/index.ts';
import { figureText, readNumber } from './numbers.ts';
import { cellOf, type ColumnMap } from './columns.ts';
import type { Body } from './body-state.ts';
import { shiftedRight, type Row } from './rows.ts';

const FIELDS = ['planned', 'adjusted', 'executed', 'rate', 'weight', 'score'] as const;
/** What a fund cell may carry after its number: 执行率 its %, 分值 and 得分 a 分. */
const SUFFIX = /(?:%|分|万元)$/u;

/** A fund line's label: the funds a self-evaluation accounts for (年度资金总额, 其中:财政拨款, 上年结转资金 …). */
const FUND_LABEL = /资金|拨款|总额|结转|收入|经费|预算/u;
export const isFundLabel = (label: string) => FUND_LABEL.test(label);
/** A figure printed as a percent. */
const PERCENT = /\d\s*%$/u;
/** What an empty fund cell may hold instead of a figure. */
const NOT_APPLICABLE = /^(?:\/|-+|—+|–+|无)?$/u;

/**
 * Read one fund line; false when the row is no fund line: no label left of the value columns, text where figures
 * belong (a 年度总体目标 row sharing the funds block's grid), or a blank row whose label names no fund. A row printed
 * without the merged section cell on its left (预算执行情况 | 年度预算数 | 年初预算 … over 总额 | 0.00 | 3.36 …, as
 * text exports of a sheet print it) is read once more, moved right until its label stands left of the figures.
 */
export function executionByColumns(row: Row, map: ColumnMap, body: Body): boolean {
  const first = Math.min(...FIELDS.map((f) => map.at[f] ?? Infinity));
  if (isGroupCaption(row, first)) return true;
  const line = fundLine(row, map, first);
  if (line) {
    body.executionLines.push(line);
    return true;
  }
  if (row.grid.some((c) => c.spanned) || row.grid[0]?.text === '') return false;
  // A header printed without the label column it had on its left (a site's text export drops the merged 资金情况
  // cell and packs 全年预算数 | 全年执行数 | … to the left): the rows below keep their label, so the columns are one on.
  if (first === 0) {
    const found = fundLine(row, { ...map, at: Object.fromEntries(Object.entries(map.at).map(([k, v]) => [k, v + 1])) }, 1);
    if (found) body.executionLines.push(found);
    return found !== null;
  }
  for (let by = 1; by < first; by++) {
    const moved = shiftedRight(row, by);
    const found = moved && fundLine(moved, map, first);
    if (found) {
      body.executionLines.push(found);
      return true;
    }
  }
  return false;
}

/** A group's caption across the block (按收入性质分: / 按支出性质分: over the lines it groups): no line, the block goes on. */
const GROUP_CAPTION = /^按.{1,8}分[:：]?$/u;
function isGroupCaption(row: Row, first: number): boolean {
  const texts = row.grid.filter((c) => !c.spanned && c.text !== '');
  return texts.length === 1 && GROUP_CAPTION.test(texts[0]!.text.replace(/\s+/gu, '')) && row.grid.slice(first).every((c) => c.spanned || c.text === '');
}

function fundLine(row: Row, map: ColumnMap, first: number): ExecutionLine | null {
  const label =
    row.grid
      .slice(0, first)
      .filter((c) => !c.spanned && c.text !== '')
      .at(-1) ??
    row.grid
      .slice(0, first)
      .filter((c) => c.text !== '')
      .at(-1);
  // A figure is never a fund's label: the row's cells stand left of their columns.
  if (!label || readNumber(label.text) !== null || NOT_APPLICABLE.test(label.text)) return null;
  const line: ExecutionLine = {
    // A label printed with its colon (年度资金总额:) names the same line.
    label: label.text.replace(/[:：]\s*$/u, ''),
    planned: null,
    adjusted: null,
    executed: null,
    rate: null,
    weight: null,
    score: null,
    raw: {},
    loc: label.loc,
  };
  let any = false;
  const rateCell = cellOf(row, map, 'rate');
  for (const printed of FIELDS) {
    const c = cellOf(row, map, printed);
    if (!c || c.spanned) continue;
    // A row printed without its empty cells packs its figures left: a percent is the 执行率 whatever column it
    // reached (no amount, 分值 or 得分 is printed as one), where the 执行率 column is empty.
    const f = printed !== 'rate' && PERCENT.test(c.text) && (rateCell?.text ?? '') === '' ? 'rate' : printed;
    const n = readNumber(figureText(c), { stripUnit: SUFFIX });
    // Text where a figure belongs ends the block (a 年度总体目标 row in its grid), unless the row names a fund: then
    // it is that fund's figure damaged (a scan's 2Z978325), kept as printed and read as none.
    if (!n && !NOT_APPLICABLE.test(c.text) && !FUND_LABEL.test(label.text)) return null;
    line.raw[f] = c.text;
    line[f] = n ? n.value : null;
    if (n) any = true;
  }
  if (!any && !FUND_LABEL.test(label.text)) return null;
  return line;
}
