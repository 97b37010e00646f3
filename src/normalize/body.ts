// Tasks, indicators and fund lines: a small state machine over the row stream. A section starts at its label or
// at its table's header; each header gives its columns roles, and rows under it are read by position. Rows that
// OCR knocked out of the grid (another width, a 任务N: cell out of its column) are read by their markers instead.
import { INDICATOR_MARKER, TASK_MARKER } from '../parse/shared/markers.ts';
import { sameLoc } from '../model/index.ts';
import { labelKey } from '../parse/shared/text.ts';
import type { ColumnRole, PipelineDefinition } from './pipeline.ts';
import { blank, isCopyOf, keysOf, lastFilled, rowOf, shiftedRight, type Row } from './rows.ts';
import { cellOf, headerOf, holdsFigures, laidOutUnder, withSubHeader, type ColumnMap } from './columns.ts';
import { isScoredLabel, levelName, levelSuffix, matchLabel, meansOneOf } from './label-meaning.ts';
import { emptyBody, NOTE, PLACEHOLDER, type Body, type Levels, type Section } from './body-state.ts';
import { taskByColumns, taskByMarker } from './task-rows.ts';
import { indicatorByColumns, indicatorByMarker } from './indicator-rows.ts';
import { executionByColumns } from './execution-rows.ts';
import { totalRow } from './total-rows.ts';
import { totalLabels } from '../../pipelines/columns.ts';
import { cached } from './cached.ts';
import { opensOtherTasks, isSectionLabel } from './section-labels.ts';
import { packedIndicator, packedTask } from './packed-rows.ts';

export type { Body, CellTarget, FormulaSource } from './body-state.ts';

const BLANK_TEMPLATE = /^(?:0|0\.0+)?$/u;
const TOTAL = /^(?:合计|总计|小计|总分)$/u;
/** A 二级 label: a few words ending in 指标 (数量指标), or in 目标 on forms that say 产出目标 | 数量目标. */
const LEVEL2_LABEL = /^.{0,12}(?:指标|目标)$/u;
/** A 二级 label on a form whose levels end in 值 (产出值 | 数量值): known by its 一级 label's word. */
const isLevel2Label = (text: string, level1: string | null) =>
  LEVEL2_LABEL.test(text) || (levelSuffix(level1 ?? '') === '值' && /^\p{Script=Han}{2,12}值$/u.test(text));

/** The row with `by` blank cells before its own. */
const widened = (row: Row, by: number): Row => ({
  ...row,
  grid: [...Array.from({ length: by }, () => blank(row.grid[0]!)), ...row.grid],
});

/** Characters a header label's wrapped last line holds at most (数, 元), 情况). */
const TAIL_MAX = 3;

/**
 * A header's labels wrapped onto a row of their own (项目资金(万 | 全年预算 over 元) | 数, a PDF without rulings): only
 * short tails, each under a label, no figure. It heads nothing more, and is no row of the table.
 */
function wrappedTail(row: Row, header: Row): boolean {
  if (row.kind !== 'row' || row.grid.length !== header.grid.length || holdsFigures(row)) return false;
  const own = row.grid.map((c, i) => ({ c, above: header.grid[i]! })).filter(({ c }) => !c.spanned && c.text.trim() !== '');
  return own.length > 0 && own.every(({ c, above }) => [...c.text.trim()].length <= TAIL_MAX && above.text.trim() !== '');
}

/** Walk the rows once, collecting tasks, indicators, fund lines, placeholder and unreadable rows. */
export function readBody(rows: Row[], p: PipelineDefinition): Body {
  const body = emptyBody();
  const headerCells = new Set(p.labels.headerCells);
  const level1Labels = new Set(p.labels.level1);
  const outerLabels = new Set(p.labels.indicators);
  let section: Section = 'none';
  let map: ColumnMap | null = null;
  let headerTable: Row['table'] | undefined;
  const levels: Levels = { level1: null, level2: null, inferred1: false, inferred2: false };

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const keys = keysOf(row);
    section = labelledSection(row, keys, p) ?? section;
    if (row.kind !== 'row') continue;

    const header = headerOf(row, p.columns);
    if (header) {
      const before = map;
      map = brokenHeader(rows[r - 1], row, header, p) ?? header;
      headerTable = row.table;
      const below = () => rows[r + 1] && withSubHeader(map!, rows[r + 1]!, p.columns, row);
      for (let next = below(); next; next = below()) {
        map = next;
        r++;
      }
      if (rows[r + 1] && wrappedTail(rows[r + 1]!, rows[r]!)) r++;
      if (map.kind !== 'tasks') section = map.kind;
      else if (section !== 'other') section = 'key';
      // The header printed again over the next page's rows goes on with the levels above it: a merged 一级 label is
      // printed on the first page only (its rows on the next page show the cell empty).
      if (map.kind === 'indicators' && !repeats(before, map)) Object.assign(levels, { level1: null, level2: null, inferred1: false, inferred2: false });
      // A header printed again after a page break names its unknown columns once; the form's facts (一般公共预算,
      // 基本支出 over their figures in a 部门整体 header) are read by the header facts.
      const known = (label: string) => isSectionLabel(label, p) || meansOneOf(label, factLabels(p)) || body.unknownLabels.some((u) => u.label === label);
      body.unknownLabels.push(...map.unknown.filter((u) => !known(u.label)).map((u) => ({ ...u, where: `${map!.kind} header` })));
      continue;
    }

    // A page's continuation of the table without the merged column(s) its header starts with (绩效指标 down the left
    // of the first page only): its columns are the header's last ones.
    const lacking = map && row.table !== headerTable ? map.width - row.grid.length : 0;
    const aligned = lacking > 0 && !Object.values(map!.at).some((i) => i !== undefined && i < lacking) ? widened(row, lacking) : row;
    const packed = map ? packedIndicator(aligned, map, p) : aligned;
    // A row of name and value alone says nothing of its levels, and the rows above it no longer do either (the
    // labels OCR set on lines of their own): unknown, not the last row's.
    if (packed !== aligned) Object.assign(levels, { level1: null, level2: null, inferred1: false, inferred2: false });
    const placed = map ? packedTask(packed, map, p) : packed;
    const onGrid = map !== null && laidOutUnder(placed, map) && fits(map, section) && !markerOffColumn(placed, map);
    if (onGrid && readOnGrid(placed, map!, section, levels, body, p)) continue;
    if (onGrid && map!.kind === 'execution') {
      // Text where the funds block has figures (年度总体目标 | 预期目标 …): the block has ended.
      section = 'none';
      map = null;
    }

    if (section !== 'none' && meansOneOf(keys.find((k) => k !== '') ?? '', factLabels(p))) {
      // A fact of the form after a table (年度绩效目标 | …): the header facts read it, and the table has ended.
      section = 'none';
      map = null;
      continue;
    }
    const t = keys.findIndex((k) => TASK_MARKER.test(k));
    const ind = keys.findIndex((k) => INDICATOR_MARKER.test(k));
    if (t >= 0 && (ind < 0 || t < ind)) {
      if (section === 'none' || section === 'indicators') section = 'key';
      taskByMarker(row, t, section === 'other' ? 'other' : 'key', body);
      continue;
    }
    if (ind >= 0) {
      section = 'indicators';
      indicatorByMarker(row, ind, levels, outerLabels, body);
      continue;
    }
    if (keys.some((k) => p.labels.indicators.includes(k) || k === '一级指标')) section = 'indicators';
    else if (keys.includes('主要实施内容') && section === 'none') section = 'key';
    // Outside a table's grid, the funds block's rows are label | value pairs: the header facts took them.
    if (section === 'none' || section === 'execution' || keys.some((k) => headerCells.has(k) || p.labels.keyTasks.includes(k))) continue;
    if (headsHeaderBelow(row, rows[r + 1], p)) continue;
    leftOver(row, keys, section, level1Labels, body, p);
  }
  return body;
}

/**
 * The upper row of a header (单位编码 | 单位(项目)名称 | 资金总额 | 绩效目标 | 绩效指标 over 一级指标 | 二级指标 …): each of
 * its headings merged down into the header row below or spread over several of its columns.
 */
function headsHeaderBelow(row: Row, next: Row | undefined, p: PipelineDefinition): boolean {
  if (!next || next.kind !== 'row' || next.table !== row.table || next.grid.length !== row.grid.length || !headerOf(next, p.columns)) return false;
  return row.grid.every((c, i) => {
    if (c.text === '' || c.spanned) return true;
    const across = row.grid[i + 1]?.spanned === true && row.grid[i + 1]!.text === c.text;
    return isCopyOf(next.grid[i], c) || across;
  });
}

/**
 * A header broken over two lines of a text export (绩效指标 | 一级指标, then 二级指标 | 三级指标 | 分值 …): the row
 * before a header that lacks a 一级 column holds only headings it lacks. The header is both rows' headings in order,
 * and the rows under it, packed to the left, go back to its columns by their labels.
 */
function brokenHeader(prev: Row | undefined, row: Row, map: ColumnMap, p: PipelineDefinition): ColumnMap | null {
  if (!prev || prev.kind !== 'row' || prev.table !== row.table || map.kind !== 'indicators' || map.at.level1 !== undefined) return null;
  const head = prev.grid.filter((c) => c.text !== '');
  const roles = head.map((c) => (isSectionLabel(c.text, p) ? 'section' : matchLabel(c.text, p.columns.indicators)));
  if (!roles.includes('level1') || roles.some((r) => r === null || (r !== 'section' && map.at[r as ColumnRole] !== undefined))) return null;
  const cells = [...head, ...row.grid.filter((c) => c.text !== '')];
  if (cells.length > row.grid.length) return null;
  // The grid keeps its width: rows of another width were not laid out under it.
  const pad = row.grid.slice(cells.length).map(blank);
  return headerOf(rowOf([...cells, ...pad], row.table), p.columns);
}

/** Read a row laid out under the current header; false when it is none of the table's rows (it falls through). */
function readOnGrid(row: Row, map: ColumnMap, section: Section, levels: Levels, body: Body, p: PipelineDefinition): boolean {
  if (totalRow(row, map, body, totalLabels)) return true;
  if (spansColumns(row, map)) {
    // 评价结论 | (one cell across the table): the form's prose under its last table, not a row of that table.
    body.unreadRows.push({ section: map.kind, cells: row.cells.map((c) => c.text), reason: 'note', loc: row.loc });
    return true;
  }
  if (map.kind === 'tasks' && templateOnly(row, map, p)) return false;
  // 年度绩效目标 | (its text across the row): a fact of the form under the last task, not a task.
  if (map.kind === 'tasks' && meansOneOf(cellOf(row, map, 'name')?.text ?? '', factLabels(p))) return false;
  if (map.kind === 'tasks') return taskByColumns(unpackedTask(row, map, p), map, section === 'other' ? 'other' : 'key', body);
  if (map.kind === 'indicators') {
    // The section's caption printed again alone on its row (绩效指标 over a page's repeated header): no indicator.
    const own = row.grid.filter((c) => c.text !== '' && !c.spanned);
    if (own.length > 0 && own.every((c) => isSectionLabel(c.text, p))) {
      body.unreadRows.push({ section: map.kind, cells: row.cells.map((c) => c.text), reason: 'note', loc: row.loc });
      return true;
    }
    const placed = unpacked(row, map, p, levels.level1);
    return indicatorByColumns(placed, map, levels, body) || levelOnly(placed, map, p);
  }
  return executionByColumns(row, map, body);
}

/**
 * A row a page printed without its merged cells (`| 产出指标 | 时效指标 | 维持时效 | ≥ | 1 | …` under a header that
 * starts with 单位名称 | 项目名称 …, or a page's text whose rows lost their merged level cells): its cells are packed
 * to the left and its tail is empty. Its first cell goes back to its column: a level label to that level's, any
 * other text standing in a level column, with a value after it, to the name's. A row with text in its tail is left as
 * it is.
 */
function unpacked(row: Row, map: ColumnMap, p: PipelineDefinition, level1: string | null): Row {
  // A row that kept its merged cells (as span copies) was not packed.
  if (row.grid.some((c) => c.spanned)) return row;
  // The section's label down the left of its rows (绩效指标) is no text of the row's own.
  const own = (c: Row['grid'][number]) => c.text !== '' && !isSectionLabel(c.text, p);
  const first = row.grid.findIndex(own);
  if (first < 0) return row;
  const text = labelKey(row.grid[first]!.text);
  const filled = row.grid.filter(own).length;
  // Neither level: the row printed both level cells merged from above, so its first text is the indicator's name.
  const named = first <= (map.at.level2 ?? -1) && filled >= 2;
  const one = p.labels.level1.includes(levelName(text)) ? map.at.level1 : undefined;
  const two = isLevel2Label(text, level1) || isScoredLabel(row.grid[first]!.text) ? map.at.level2 : undefined;
  // 成本指标 is a 一级 label on some forms and a 二级 one on others: the column that puts the row's last text in the
  // target's column or after it is the one the row was printed for.
  // The row has text at `first`, so its last text is there or after it.
  const last = lastFilled(row);
  const reaches = (c: number) => map.at.target === undefined || last + c - first >= map.at.target;
  const column = one !== undefined && two !== undefined && !reaches(one) && reaches(two) ? two : (one ?? two ?? (named ? map.at.name : undefined));
  if (column === undefined || column <= first) return row;
  return shiftedRight(row, column - first, first) ?? row;
}

/**
 * A task row printed without the section's merged label down its left (OCR text: `名称 | 内容 | 金额 | 目标` under
 * `(年度重点工作任务) | 重点工作任务 | 主要实施内容 | …`): its text starts in a column no role heads and its tail is
 * empty. It goes right, its first text to the name's column.
 */
function unpackedTask(row: Row, map: ColumnMap, p: PipelineDefinition): Row {
  const name = map.at.name;
  if (name === undefined || row.grid.some((c) => c.spanned)) return row;
  const own = (c: Row['grid'][number]) => c.text !== '' && !isSectionLabel(c.text, p);
  const first = row.grid.findIndex(own);
  const headed = Object.values(map.at).filter((i): i is number => i !== undefined);
  // A lone text there is no task (a note in the margin column): a task has its content or amount beside its name.
  if (first < 0 || first >= Math.min(...headed) || row.grid.filter(own).length < 2) return row;
  return shiftedRight(row, name - first, first) ?? row;
}

/** A row whose name or value column is covered by one cell spanning from the left: prose, not a table row. */
function spansColumns(row: Row, map: ColumnMap): boolean {
  const covered = (i: number | undefined) =>
    i !== undefined &&
    i > 0 &&
    row.grid[i]!.spanned === true &&
    row.grid[i]!.text !== '' &&
    row.grid[i - 1]!.text === row.grid[i]!.text &&
    sameLoc(row.grid[i - 1]!.loc, row.grid[i]!.loc);
  return covered(map.at.name) || covered(map.at.target) || covered(map.at.content);
}

/** A task row holding nothing but the section's label and the template's blanks (其他需完成的任务 left empty). */
function templateOnly(row: Row, map: ColumnMap, p: PipelineDefinition): boolean {
  const texts = (['name', 'content', 'amount', 'goal'] as const).map((r) => cellOf(row, map, r)?.text ?? '');
  return texts.every((t) => BLANK_TEMPLATE.test(t) || PLACEHOLDER.test(t) || isSectionLabel(t, p)) && texts.some((t) => isSectionLabel(t, p));
}

/** A row that only sets levels (the indicator's own cells empty) is read, not left over. */
function levelOnly(row: Row, map: ColumnMap, p: PipelineDefinition): boolean {
  const own = row.grid.filter((c, i) => c.text !== '' && !c.spanned && i !== map.at.level1 && i !== map.at.level2 && !isSectionLabel(c.text, p));
  return own.length === 0;
}

/** Whether a header names the same roles as the indicator header before it (printed again after a page break). */
function repeats(before: ColumnMap | null, map: ColumnMap): boolean {
  if (!before || before.kind !== map.kind) return false;
  const roles = (m: ColumnMap) =>
    Object.keys(m.at)
      .filter((r) => r !== 'ignored')
      .sort()
      .join();
  return roles(before) === roles(map);
}

/** A header's table belongs to the section it is in (a tasks header does not read the indicator section). */
const fits = (map: ColumnMap, section: Section) =>
  map.kind === 'tasks' ? section === 'key' || section === 'other' || section === 'none' : map.kind === section;

/** An OCR row whose 任务N:/指标N: cell sits outside the name column was not laid out by this header. */
function markerOffColumn(row: Row, map: ColumnMap): boolean {
  const at = row.grid.findIndex((c) => !c.spanned && (TASK_MARKER.test(labelKey(c.text)) || INDICATOR_MARKER.test(labelKey(c.text))));
  // 任务1:名称 written across 序号 and 名称 (a colspan a renderer dropped): the serial cell holds the name.
  const inSerial = at === map.at.serial && map.at.name !== undefined && row.grid[map.at.name]?.text === '';
  // A row a text export printed without its merged cells, packed to the left: its cells go back to their columns
  // (unpacked) and the marker to the name column, as in the seed's own rows.
  const name = map.at.name ?? -1;
  const packed =
    map.kind === 'indicators' &&
    at >= 0 &&
    at < name &&
    row.grid[at]!.origin !== 'ocr' &&
    row.grid.slice(row.grid.length - (name - at)).every((c) => c.text === '');
  return at >= 0 && at !== map.at.name && !inSerial && !packed;
}

/** The section a row's label opens, if it holds one. */
function labelledSection(row: Row, keys: string[], p: PipelineDefinition): Section | null {
  if (keys.some((k) => opensOtherTasks(k, p))) return 'other';
  if (keys.some((k) => p.labels.keyTasks.includes(k))) return 'key';
  // A scoring table's group label (预算执行(15分)) is a level of its rows, not the funds section of that name.
  const execution = (k: string, i: number) => meansOneOf(k, p.labels.execution!) && !isScoredLabel(row.cells[i]?.text ?? '');
  if (p.labels.execution && keys.some(execution)) return 'execution';
  return null;
}

/** A row no header or marker claimed: a placeholder, a note, a total, a level label row, or unreadable. */
function leftOver(row: Row, keys: string[], section: Section, level1Labels: Set<string>, body: Body, p: PipelineDefinition): void {
  const texts = row.cells.map((c) => c.text);
  // Copies of a merged label (rowspan) carry no data of the row's own, nor does the section's own label.
  const own = row.cells.filter((c, i) => !c.spanned && !isSectionLabel(keys[i]!, p)).map((c) => c.text);
  const unreadSection = section === 'execution' ? 'execution' : section;
  // A section's heading alone on its row (绩效指标 across the table) is no row of data, not even a placeholder.
  if (own.every((x) => x === '') && !keys.some((k) => opensOtherTasks(k, p))) return;
  if (own.every((x) => BLANK_TEMPLATE.test(x) || PLACEHOLDER.test(x))) {
    if (texts.some((x) => x !== '')) body.unreadRows.push({ section: unreadSection, cells: texts, reason: 'placeholder', loc: row.loc });
    return;
  }
  if (section === 'indicators' && texts.filter((x) => x !== '').every((x) => level1Labels.has(labelKey(x)) || LEVEL2_LABEL.test(labelKey(x)))) {
    // Level labels on a row of their own (rowspan heads the OCR cut away): they set the levels below.
    return;
  }
  const first = keys.find((k) => k !== '') ?? '';
  // The label's key drops its colon (附件: → 附件); the note is told by the printed text.
  const printed = texts.find((x) => x !== '') ?? '';
  const reason = NOTE.test(first) || NOTE.test(printed) ? 'note' : TOTAL.test(first) ? 'total' : 'unrecognized';
  body.unreadRows.push({ section: unreadSection, cells: texts, reason, loc: row.loc });
}

const factLabelsOf = new WeakMap<PipelineDefinition, string[]>();
/** The labels of the form's facts (goal, department, funds lines), gathered once per pipeline: asked of every row. */
const factLabels = (p: PipelineDefinition) =>
  cached(factLabelsOf, p, () => [...p.labels.overallGoal, ...p.labels.departmentName, ...Object.values(p.labels.budget).flat()]);
