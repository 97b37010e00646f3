// Indicator rows: read by the columns their header named (levels carried down merged cells, the target split over
// 指标性质 | 指标值 | 计量单位 where the form does that), or, for OCR rows knocked out of the grid, by their 指标N: cell.
import type { Cell } from '../parse/grid.ts';
import type { Indicator, IndicatorValue } from '../model/index.ts';
import { INDICATOR_MARKER } from '../parse/shared/markers.ts';
import { labelKey } from '../parse/shared/text.ts';
import { numeral } from '../parse/shared/numerals.ts';
import { figureText, readNumber } from './numbers.ts';
import { parseIndicatorValue } from './indicator-value.ts';
import { cellOf, type ColumnMap } from './columns.ts';
import { levelName } from './label-meaning.ts';
import { afterPrefix, numberedName, serialNumber } from './numbering.ts';
import { PLACEHOLDER, type Body, type Levels } from './body-state.ts';
import type { Row } from './rows.ts';

/** Read an indicator row under its header; false when the row names no indicator (a level-only or blank row). */
export function indicatorByColumns(row: Row, map: ColumnMap, levels: Levels, body: Body): boolean {
  takeLevels(levels, cellOf(row, map, 'level1'), cellOf(row, map, 'level2'));
  const nameCell = cellOf(row, map, 'name');
  const targetCell = strayTarget(row, map) ?? cellOf(row, map, 'target');
  const printed = numberedName(nameCell?.text ?? '', 'indicator');
  if (printed.name === '') return false;
  // A row whose name and value are both copies of merged cells above (a header or row cut in two by a stray line
  // on a scan: 指标内容^ | 指标值^) says nothing of its own.
  if (nameCell?.spanned && targetCell?.spanned) return true;
  // A template's unfilled row (指标2 | ……): noted, not an indicator.
  if (isBlankName(printed.name) && PLACEHOLDER.test(targetCell?.text ?? '')) {
    body.unreadRows.push({ section: 'indicators', cells: row.cells.map((c) => c.text), reason: 'placeholder', loc: row.loc });
    return true;
  }
  // A 序号 merged down several rows (a listing's project number over its indicators) numbers them all, not each.
  const serialCell = cellOf(row, map, 'serial');
  const serial = serialCell?.spanned ? null : serialNumber(serialCell?.text);
  const no = printed.no ?? serial ?? body.indicators.length + 1;
  const unitCell = cellOf(row, map, 'unit');
  const opColumn = cellOf(row, map, 'op');
  const opCell = operatorCell(row, opColumn);
  // The operator printed under 度量单位 and the unit under 指标值类型: each read from the other's cell, and said.
  const swapped = unitCell !== undefined && opCell === unitCell && opColumn !== undefined && UNIT_ALONE.test(opColumn.text);
  // A % a scan's OCR read twice (%%) is one: no form prints %% as a unit.
  const unit = ((swapped ? opColumn.text : unitCell?.text) || '').replace(/^%{2,}$/u, '%') || null;
  const value = splitTarget(targetCell?.text || null, printed.name, opCell, unit);
  const raw: Record<string, string> = {};
  const num = (role: 'weight' | 'score') => {
    const c = cellOf(row, map, role);
    if (!c) return undefined;
    raw[role] = c.text;
    return readNumber(figureText(c), { stripUnit: /分$/u })?.value ?? null;
  };
  const weight = num('weight');
  const score = num('score');
  const actualCell = cellOf(row, map, 'actual');
  const deviation = cellOf(row, map, 'deviation');
  const indicator: Indicator = {
    no,
    name: printed.name,
    level1: levels.level1,
    level2: levels.level2,
    levelInferred: levels.inferred1 || levels.inferred2,
    value,
    numbered: printed.no !== null || serial !== null ? 'printed' : 'position',
    ...(weight !== undefined ? { weight } : {}),
    ...(actualCell ? { actual: splitTarget(actualCell.text || null, printed.name, opCell, unit, true) } : {}),
    ...(score !== undefined ? { score } : {}),
    ...(deviation ? { deviation: deviation.text || null } : {}),
    ...(Object.keys(raw).length ? { raw } : {}),
    ...(swapped ? { swapped: { unit: unitCell.text, op: opColumn.text } } : {}),
    // A scoring table prints no target column (评分标准 | 分值 | 得分): a row cannot lack what its form does not ask for.
    missing: targetCell?.text || map.at.target === undefined ? [] : ['value'],
    loc: (nameCell ?? row.grid[0]!).loc,
  };
  body.indicators.push(indicator);
  if (targetCell) body.valueCells.push({ loc: targetCell.loc, target: { kind: 'indicator', no, field: 'value' }, of: indicator });
  return true;
}

/**
 * A value a text-layer reader put one column off (an unruled PDF): with the 指标值 cell empty, the one cell with
 * text right of the name that no header column claims is the row's target.
 */
function strayTarget(row: Row, map: ColumnMap): Cell | undefined {
  const target = cellOf(row, map, 'target');
  if (target === undefined || target.text !== '' || map.at.name === undefined) return undefined;
  const claimed = new Set(Object.values(map.at));
  const stray = row.grid.filter((c, i) => i > map.at.name! && !claimed.has(i) && c.text !== '' && !c.spanned);
  return stray.length === 1 ? stray[0] : undefined;
}

/**
 * The target as the row prints it. Where the form gives the comparison its own column (指标性质) and the unit its
 * own (计量单位), those decide; an empty 指标性质 leaves a numeric target unjudged (raw only), as the contract says.
 * An actual value (`actual`) is a plain reading: its comparison sign, if any, is its own.
 */
function splitTarget(raw: string | null, name: string, opCell: Cell | undefined, unit: string | null, actual = false): IndicatorValue {
  const parsed = parseIndicatorValue(raw, unit ? `${name}(${unit})` : name);
  if (!opCell || actual || parsed.number === null) return parsed;
  const op = parseIndicatorValue(`${WORD_OPERATORS[opCell.text.trim()] ?? opCell.text}1`, '').op;
  if (opCell.text === '' || op === null) return { raw, op: null, number: null, unit: null };
  return { ...parsed, op, unit: unit ?? parsed.unit };
}

/** Levels printed on the row replace those in force; a new 一级指标 clears the 二级 carried from the last group. */
function takeLevels(levels: Levels, l1: Cell | undefined, l2: Cell | undefined): void {
  const one = l1 && l1.text !== '' ? levelName(l1.text) : null;
  const two = l2 && l2.text !== '' ? levelName(l2.text) : null;
  if (one !== null && one !== levels.level1) {
    levels.level1 = one;
    levels.level2 = null;
    levels.inferred2 = false;
  }
  if (one !== null) levels.inferred1 = l1!.inferred === true;
  if (two !== null) {
    levels.level2 = two;
    levels.inferred2 = l2!.inferred === true;
  }
}

/** Read a row whose cell at `at` holds `指标N:`: the value is the next cell with text, the levels the cells before. */
export function indicatorByMarker(row: Row, at: number, levels: Levels, outer: Set<string>, body: Body): void {
  const lv = statedLevels(row.cells, at, outer);
  if (lv.level1 !== undefined) {
    levels.level1 = lv.level1;
    levels.inferred1 = lv.inferred1;
    if (lv.level2 === undefined) {
      levels.level2 = null;
      levels.inferred2 = false;
    }
  }
  if (lv.level2 !== undefined) {
    levels.level2 = lv.level2;
    levels.inferred2 = lv.inferred2;
  }
  const marker = INDICATOR_MARKER.exec(labelKey(row.cells[at]!.text))!;
  const name = afterPrefix(row.cells[at]!.text, 'indicator');
  const valueCell = row.cells.slice(at + 1).find((c) => c.text !== '');
  const raw = valueCell?.text ?? null;
  const no = numeral(marker[1]!);
  const indicator: Indicator = {
    no,
    name,
    level1: levels.level1,
    level2: levels.level2,
    levelInferred: levels.inferred1 || levels.inferred2,
    value: parseIndicatorValue(raw, name),
    numbered: 'printed',
    missing: valueCell ? [] : ['value'],
    loc: row.cells[at]!.loc,
  };
  body.indicators.push(indicator);
  if (valueCell) body.valueCells.push({ loc: valueCell.loc, target: { kind: 'indicator', no, field: 'value' }, of: indicator });
}

/**
 * Levels printed on the row: the cell just before the indicator is 二级指标, the one before that 一级指标.
 * An empty cell states nothing (the merged cell above carries down). A level taken from a span the parser
 * recovered from layout alone (Cell.inferred) is marked, so the indicator says `levelInferred`.
 */
function statedLevels(cells: Cell[], at: number, outer: Set<string>): { level1?: string; level2?: string; inferred1: boolean; inferred2: boolean } {
  const level = (i: number) => (i >= 0 && !outer.has(labelKey(cells[i]!.text)) ? levelName(labelKey(cells[i]!.text)) : '');
  // Position decides, not the label: 成本指标 is 一级 in one framework and 二级 under 产出指标 in the other.
  const l2 = level(at - 1);
  const l1 = level(at - 2);
  return {
    ...(l1 ? { level1: l1 } : {}),
    ...(l2 ? { level2: l2 } : {}),
    inferred1: l1 !== '' && cells[at - 2]!.inferred === true,
    inferred2: l2 !== '' && cells[at - 1]!.inferred === true,
  };
}

/** A name cell holding a marker alone (指标2) or a placeholder (……). */
const isBlankName = (name: string) => PLACEHOLDER.test(name) || INDICATOR_MARKER.exec(labelKey(name))?.[2] === '';

/** An operator printed alone in its cell: =, ≥, ≤, >, <, or in words (大于等于 in a 指标方向 column). */
export const LONE_OPERATOR = /^\s*(?:[=═≥≤<>＞＜≧≦]|>=|<=|大于等于|小于等于|等于|大于|小于)\s*$/u;
/** A unit alone in a cell (%, 个, 万元, 元/人): short, no figure, no operator, not a kind (定性, 定量). */
const UNIT_ALONE = /^(?![定正反]\S?$)[^\d\s=═≥≤<>＞＜≧≦]{1,4}$/u;
/** Operators a form writes in words. */
const WORD_OPERATORS: Record<string, string> = { 大于等于: '≥', 小于等于: '≤', 等于: '=', 大于: '>', 小于: '<' };

/**
 * The cell holding the row's operator. Bureaus swap the names of the two columns beside the target: some head the
 * direction (正向/反向) 指标性质 and the operator 指标方向. Where the 指标性质 cell holds no operator, an operator
 * standing alone in another cell of the row is the one.
 */
function operatorCell(row: Row, opCell: Cell | undefined): Cell | undefined {
  if (!opCell || opCell.text === '' || LONE_OPERATOR.test(opCell.text)) return opCell;
  return row.grid.find((c) => !c.spanned && LONE_OPERATOR.test(c.text)) ?? opCell;
}
