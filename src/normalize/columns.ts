// A table is read by its header: each header cell gives its column a role, and every row below is read by the
// position of its cells until the section ends. Rows broken by OCR out of the table's grid fall back to markers.
import type { Cell } from '../parse/grid.ts';
import { sameLoc, type Loc } from '../model/index.ts';
import { readNumber } from './numbers.ts';
import { matchLabel, matchLabelHow, meaningKey, repairedRole } from './label-meaning.ts';
import type { ColumnRole, ColumnVocabulary, PipelineDefinition, TableKind } from './pipeline.ts';
import type { Row } from './rows.ts';
import { cached } from './cached.ts';

/** The roles a header gave the columns of one table. */
export type ColumnMap = {
  kind: TableKind;
  /** Role → the grid column it heads (first column of a merged header cell). */
  at: Partial<Record<ColumnRole, number>>;
  /** Header cells the vocabulary does not know, kept so they can be reported. */
  unknown: Array<{ label: string; loc: Loc }>;
  /** Width of the grid the header belongs to: rows of another width were not laid out under it. */
  width: number;
  table: number;
};

/** Roles without which a header row is not a header of that kind (a lone 名称 or 金额 heads nothing). */
const DECISIVE: Record<TableKind, readonly ColumnRole[]> = {
  tasks: ['content', 'amount', 'goal'],
  indicators: ['level1', 'level2', 'target', 'actual'],
  execution: ['planned', 'adjusted', 'executed', 'rate'],
};
/** A heading of the long-term side: 三级指标(长期), 中期指标值, 实施期目标. */
const LONGER_TERM = /[(（]\s*(?:长期|中期|实施期)\s*[)）]|^(?:长期|中期|实施期)/u;
/** Minimum roles a header row names. */
const MIN_ROLES = 2;

/** The column map a row heads, or null when it is not a header row of any table kind. */
export function headerOf(row: Row, columns: PipelineDefinition['columns']): ColumnMap | null {
  if (row.kind !== 'row') return null;
  // Splitting tables, telling the family and reading the body each ask about every row: answer once.
  return cached(
    cached(headerCache, columns, () => new WeakMap()),
    row,
    (r) => findHeader(r, columns),
  );
}

/** Per family's columns (a handful), per row: a row is asked about by each family in turn. */
const headerCache = new WeakMap<object, WeakMap<Row, ColumnMap | null>>();

function findHeader(row: Row, columns: PipelineDefinition['columns']): ColumnMap | null {
  // A data row can hold header words (a goal cell that reads 预期目标): a header holds no amounts.
  if (holdsFigures(row)) return null;
  let best: ColumnMap | null = null;
  let bestCount = 0;
  for (const kind of ['indicators', 'tasks', 'execution'] as const) {
    const map = rolesOf(row, kind, columns[kind]);
    const count = Object.keys(map.at).filter((r) => r !== 'ignored').length;
    if (count < MIN_ROLES || !DECISIVE[kind].some((r) => map.at[r] !== undefined)) continue;
    if (kind === 'tasks' && pairedAmounts(row, columns.tasks)) continue;
    if (count > bestCount) {
      best = map;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A budget block's header pairs each side with its amount (支出项目 | 金额 | 资金来源 | 金额, 部门预算支出 | 预算金额 |
 * 收入来源 | 预算金额): a task table heads one amount column.
 */
function pairedAmounts(row: Row, vocabulary: ColumnVocabulary): boolean {
  return row.grid.filter((c) => !c.spanned && c.text !== '' && matchLabelHow(c.text, vocabulary)?.role === 'amount').length >= 2;
}

/** Whether a row prints a figure in a cell of its own (header rows print none). */
export const holdsFigures = (row: Row): boolean =>
  cached(figuresIn, row, (r) => r.grid.some((c) => !c.spanned && c.text !== '' && readNumber(c.text) !== null));
/** Asked of a row each time a header is looked for above or at it. */
const figuresIn = new WeakMap<Row, boolean>();

/**
 * A second header row under the first (基本支出 → 合计 | 财政拨款, or 指标值 split off by OCR): roles it names for
 * columns the first left without one are added; a role the first already placed stays where it was.
 */
export function withSubHeader(map: ColumnMap, row: Row, columns: PipelineDefinition['columns'], top?: Row): ColumnMap | null {
  if (row.kind !== 'row' || row.table !== map.table) return null;
  if (holdsFigures(row)) return null;
  const sub = rolesOf(row, map.kind, columns[map.kind]);
  if (Object.keys(sub.at).length === 0) return top && underSpans(top, row) ? map : null;
  // A row of header words only is part of the header even when it adds nothing (指标值 that OCR split off).
  if (sub.unknown.length > 0) return null;
  const pieces = top ? stackedPieces(map, top, row, columns) : [];
  let added = pieces.length
    ? pieces
    : Object.entries(sub.at).filter(([role, col]) => map.at[role as ColumnRole] === undefined && !Object.values(map.at).includes(col));
  const continued = added.length === 0 ? continuation(map, row, sub) : [];
  if (continued.length) added = continued;
  return {
    ...map,
    at: { ...map.at, ...Object.fromEntries(added) },
    // A heading completed by its lower piece is known now.
    unknown: map.unknown.filter((u) => !added.some(([, col]) => row.grid[col]?.text === u.label || (pieces.length > 0 && top?.grid[col]?.text === u.label))),
  };
}

/**
 * Sub-headings that split one heading spanning several columns (预算金额(万元) over 总额 | 财政拨款 | 其他资金): short
 * words, each under such a heading, and two or more under one of them (a data row has one cell under each). They
 * are part of the header and add no role: the heading's first column keeps it.
 */
function underSpans(top: Row, row: Row): boolean {
  /** The column a heading spanning column i starts at; undefined where no heading spans it. */
  const spanStart = (i: number): number | undefined => {
    let k = i;
    const same = (a: Cell | undefined, b: Cell | undefined) =>
      a !== undefined && b !== undefined && b.spanned === true && a.text === b.text && sameLoc(a.loc, b.loc);
    while (k > 0 && same(top.grid[k - 1], top.grid[k])) k--;
    const wide = k < i || same(top.grid[i], top.grid[i + 1]);
    return wide && top.grid[k]!.text !== '' ? k : undefined;
  };
  const words = row.grid.flatMap((c, i) => (!c.spanned && c.text !== '' ? [i] : []));
  if (words.length < 2 || words.some((i) => row.grid[i]!.text.length > SUB_HEADING_MAX)) return false;
  const starts = words.map(spanStart);
  return starts.every((k) => k !== undefined) && new Set(starts).size < starts.length;
}

/** A sub-heading is a few words (总额, 财政拨款, 其中:上年结转). */
const SUB_HEADING_MAX = 10;

/**
 * A header whose labels a text export printed over two lines, the second packed to the left (绩效 | 实际 above,
 * 目标值 | 完成值 below): each lower piece completes the next upper heading the vocabulary does not know alone, where
 * the two together name a role the header lacks (绩效目标值 → target, 实际完成值 → actual). Every piece must find
 * its heading.
 */
function stackedPieces(map: ColumnMap, top: Row, row: Row, columns: PipelineDefinition['columns']): Array<[string, number]> {
  const pieces = row.grid.filter((c) => c.text !== '');
  if (row.grid.findIndex((c) => c.text !== '') !== 0 || pieces.length === 0) return [];
  const unknown = new Set(map.unknown.map((u) => u.label));
  const out: Array<[string, number]> = [];
  let col = 0;
  for (const piece of pieces) {
    let found: ColumnRole | null = null;
    for (; col < top.grid.length && found === null; col++) {
      const upper = top.grid[col]!;
      if (upper.spanned || !unknown.has(upper.text)) continue;
      const role = matchLabel(upper.text + piece.text, columns[map.kind]);
      if (role && role !== 'ignored' && map.at[role] === undefined && !out.some(([r]) => r === role)) found = role;
    }
    if (found === null) return [];
    out.push([found, col - 1]);
  }
  return out;
}

/**
 * A header a text export broke over lines (一级指标 | … | 年度指标值, then 实际完成值, then 分值 | 得分): the line below
 * holds new roles only, packed from the first column or set under the header's own roles. It goes on from the
 * header's last column.
 */
function continuation(map: ColumnMap, row: Row, sub: ColumnMap): Array<[string, number]> {
  const entries = Object.entries(sub.at).filter(([role]) => role !== 'ignored');
  const first = row.grid.findIndex((c) => c.text !== '');
  if (entries.length === 0 || entries.some(([role]) => map.at[role as ColumnRole] !== undefined)) return [];
  const used = Object.values(map.at).filter((c): c is number => c !== undefined);
  // OCR markdown sets the lower line's words under the header's own (三级指标, then 指标值 a line below in its
  // column), the header ending in an empty cell where its data stands: the words go on after the header's roles.
  const under = first !== 0;
  if (under && !entries.every(([, col]) => used.includes(col))) return [];
  const last = Math.max(...used);
  const moved = entries.map(([role, col], k): [string, number] => [role, last + 1 + (under ? k : col)]);
  return moved.every(([, col]) => col < map.width) ? moved : [];
}

/** Whether text is a column heading of one of the family's tables (一级指标, 预算数, 主要内容 …). */
export const headsColumn = (text: string, p: PipelineDefinition): boolean =>
  Object.values(p.columns).some((v) => ![null, 'ignored'].includes(matchLabel(text, v)));

/** Whether a row was laid out under this header: same table, or a page-split part of the same width. */
export const laidOutUnder = (row: Row, map: ColumnMap) => {
  if (row.kind !== 'row' || row.grid.length > map.width) return false;
  if (row.grid.length === map.width) return true;
  // A text table's row ends at its last filled cell (OCR markdown's 其中:财政资金 | … | 96.30% under 权重 | 得分 | 原因):
  // it is laid out under the header as far as it reaches, where it reaches past every decisive column.
  const decisive = DECISIVE[map.kind].flatMap((r) => (map.at[r] === undefined ? [] : [map.at[r]!]));
  return decisive.length > 0 && row.grid.length > Math.max(...decisive);
};

/** The cell of a role on a row, or undefined when the header had no such column. */
export function cellOf(row: Row, map: ColumnMap, role: ColumnRole): Cell | undefined {
  const i = map.at[role];
  return i === undefined ? undefined : row.grid[i];
}

/** An OCR'd heading one character off a known one heads that one's column (not exactly: a typed match wins). */
function ocrRepair(cell: Cell, vocabulary: ColumnVocabulary): { role: ColumnRole; exact: boolean } | null {
  const role = cell.origin === 'ocr' ? repairedRole(cell.text, vocabulary) : null;
  return role === null ? null : { role, exact: false };
}

/** A header cell merged down more rows than this runs down the body: a section's label (two-row headers span two). */
const SECTION_SPAN = 2;

function rolesOf(row: Row, kind: TableKind, vocabulary: ColumnVocabulary): ColumnMap {
  const at: ColumnMap['at'] = {};
  const unknown: ColumnMap['unknown'] = [];
  const matches = row.grid.map((cell) =>
    cell.spanned || cell.text === '' ? undefined : (matchLabelHow(cell.text, vocabulary) ?? ocrRepair(cell, vocabulary)),
  );
  // A form with a long-term side and a yearly side (二级指标(长期) … 二级指标(年度)) heads each role twice: the yearly
  // side is the year's table, the long-term one is read by nobody.
  matches.forEach((m, i) => {
    const longer = (k: number) => LONGER_TERM.test(row.grid[k]!.text);
    if (m && longer(i) && matches.some((o, k) => k !== i && o?.role === m.role && !longer(k))) matches[i] = { role: 'ignored', exact: true };
  });
  // A label merged down the body's rows (重点工作任务 | 序号 | 工作任务 …, rowspan 11) names the section, not a column,
  // where another cell of the header names the same role.
  matches.forEach((m, i) => {
    const down = row.grid[i]!.rowSpan > SECTION_SPAN;
    if (m && down && matches.some((o, k) => k !== i && o?.role === m.role && row.grid[k]!.rowSpan <= SECTION_SPAN)) matches[i] = undefined;
  });
  // Exact labels first: 调整后预算数 heads the adjusted budget even where 年度预算数(万元) also ends in 预算数.
  for (const exact of [true, false]) {
    matches.forEach((m, i) => {
      if (m && m.exact === exact && at[m.role] === undefined && !Object.values(at).includes(i)) at[m.role] = i;
    });
  }
  // Then a heading of the row above merged down into this one (分值 and 得分 beside 预算安排 | 拨付情况 over their
  // sub-headings): the column is its own, where the row's own headings make it a header. A colspan's copies repeat
  // their left neighbour and head nothing more.
  const own = Object.keys(at).length;
  row.grid.forEach((cell, i) => {
    if (own === 0) return;
    const left = row.grid[i - 1];
    if (!cell.spanned || cell.text === '' || (left && left.text === cell.text && sameLoc(left.loc, cell.loc))) return;
    const m = matchLabelHow(cell.text, vocabulary);
    if (m && m.role !== 'ignored' && at[m.role] === undefined && !Object.values(at).includes(i)) at[m.role] = i;
  });
  // 绩效指标 names the section on most forms; where a header has a target but no other name column (Beijing's
  // 活动 | 绩效指标 | 指标性质 | 指标值 | 度量单位), it heads the indicators' names.
  if (kind === 'indicators' && at.name === undefined && at.target !== undefined) {
    const i = row.grid.findIndex((c, k) => !c.spanned && meaningKey(c.text) === '绩效指标' && !Object.values(at).includes(k));
    if (i >= 0) at.name = i;
  }
  row.grid.forEach((cell, i) => {
    // A span's copies repeat its first cell (the role belongs to the span's first column) or a label from above.
    if (cell.spanned || cell.text === '') return;
    if (!Object.values(at).includes(i) && matches[i] === null) unknown.push({ label: cell.text, loc: cell.loc });
  });
  return { kind, at, unknown, width: row.grid.length, table: row.table };
}
