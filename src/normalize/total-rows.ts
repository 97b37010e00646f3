// 合计 / 总分 rows at the foot of a table: not a task or indicator, but the totals the rules check the rows against.
import { readNumber } from './numbers.ts';
import { cellOf, type ColumnMap } from './columns.ts';
import { meansOneOf } from './label-meaning.ts';
import type { Body } from './body-state.ts';
import type { Row } from './rows.ts';

/** A table's own total row label (合计, 总计, 小计), as opposed to a unit's or a project's name in the same column. */
export const isTableTotal = (text: string) => /^(?:合计|总计|小计)$/u.test(text);

/** Labels of the form's grand total (funds and indicators together), as opposed to one table's 合计. */
const GRAND_TOTAL = ['总分', '总得分', '综合得分', '自评总分'];

/** Labels of a self-evaluation's closing lines under its indicators (a note, the grade): no indicator. */
const CLOSING_NOTE = ['其他需要说明事项', '其他需要说明的事项', '其他需说明事项', '其他说明事项', '自评等级', '评价等级', '绩效等级', '自评结论', '评价结论'];

/**
 * Take a 合计/总分 row: its weight and score cells become the indicator table's printed totals (and 总分 the form's
 * total score); a task table's 合计 is kept as an unread `total` row. False when the row is no total row, or a funds
 * line.
 */
export function totalRow(row: Row, map: ColumnMap, body: Body, labels: readonly string[]): boolean {
  const first = row.grid.find((c) => c.text !== '' && !c.spanned) ?? row.grid.find((c) => c.text !== '');
  if (!first) return false;
  // The form's closing line (其他需要说明事项 | 无 | 总分 | 100 | 96 | 优): a note, with the 总分 that may share its row.
  const closing = map.kind === 'indicators' && meansOneOf(first.text, CLOSING_NOTE);
  const label = closing ? row.grid.find((c) => c.text !== '' && meansOneOf(c.text, GRAND_TOTAL)) : first;
  if (closing && !label) {
    body.unreadRows.push({ section: map.kind, cells: row.cells.map((c) => c.text), reason: 'note', loc: row.loc });
    return true;
  }
  if (!label || !meansOneOf(label.text, labels)) return false;
  // A funds block's 合计 / 小计 is one of its lines (the funds in total, with their 执行率), read as the others are.
  if (map.kind === 'execution') return false;
  if (map.kind === 'tasks') {
    body.unreadRows.push({ section: 'key', cells: row.cells.map((c) => c.text), reason: 'total', loc: row.loc });
    return true;
  }
  let weight = cellOf(row, map, 'weight');
  let score = cellOf(row, map, 'score');
  // A row printed without its empty cells (总分 | 100 | 98.69 packed left under an 8-column header): its two figures
  // are the weights' and the scores' totals.
  // A grade printed after them (优) is no figure. A closing line's cells stand wherever its note left them.
  if (closing || (!weight?.text && !score?.text)) {
    const rest = row.grid.slice(row.grid.indexOf(label) + 1).filter((c) => c.text !== '' && !c.spanned && readNumber(c.text, { stripUnit: /分$/u }) !== null);
    if (rest.length === 2) [weight, score] = rest;
  }
  const raw: Record<string, string> = {};
  if (weight) raw.weight = weight.text;
  if (score) raw.score = score.text;
  const value = (text: string | undefined) => readNumber(text ?? null, { stripUnit: /分$/u })?.value ?? null;
  body.indicatorTotal = { weight: value(weight?.text), score: value(score?.text), raw, loc: label.loc };
  if (meansOneOf(label.text, GRAND_TOTAL)) {
    // A 总分 row may print its figure in whichever value cell is left: the score column, else the last number.
    const figure = score?.text ? score : [...row.grid].reverse().find((c) => readNumber(c.text) !== null);
    if (figure) body.totalScore = { value: value(figure.text), raw: figure.text, loc: figure.loc };
  }
  return true;
}
