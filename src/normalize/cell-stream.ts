// A table printed one cell a line: a Word table saved as text, a page's text with its table markup gone, a PDF's
// cells copied out. The cells are all there, in reading order, but nothing says where a row ends. The rows are
// rebuilt from what the family's labels mean: a fact label (项目名称, 年度资金总额) opens a row and the cells after it
// are its values; a run of column headings (一级指标 | 二级指标 | 三级指标 | 指标值) opens a table whose rows are laid
// out under it, a level label (产出指标, 数量指标) going to its own column and the other cells filling the columns
// after it in order. Only for a document in which nothing is a table: a table with rows is always the better reading.
import type { Cell } from '../parse/grid.ts';
import type { ColumnRole, PipelineDefinition, TableKind } from './pipeline.ts';
import { headerOf, type ColumnMap } from './columns.ts';
import { levelName, matchLabel, matchLabelHow, meaningKey, meansOneOf } from './label-meaning.ts';
import { readNumber } from './numbers.ts';
import { isGoalHeading } from './goal-heading.ts';
import { labelKey } from '../parse/shared/text.ts';
import { findPlainFormulas } from '../parse/shared/formulas.ts';
import { cached } from './cached.ts';
import { NOTE } from './body-state.ts';
import type { Row } from './rows.ts';

/** So few lone cells are a page of prose, not a table's cells. */
const MIN_CELLS = 12;
/** A document whose lines are mostly parted by blank lines prints a cell a paragraph: a cell's wrapped lines join. */
const PARAGRAPH_SHARE = 0.6;
/** A line closing a cell with a pipe. */
const CELL_END = /\|\s*$/u;
/** This share of the lines closing a cell with a pipe and the page is a pipe export. */
const PIPE_SHARE = 0.3;
/** A second level label is short: 数量指标, 社会效益指标, 服务对象满意度指标. */
const LEVEL2 = /^\p{Script=Han}{2,14}指标$/u;
/** A value cell: a figure, a target (≥90%, =100%, 10辆, 2023.07-2024.01), or a placeholder (/, —). */
const VALUE = /^(?:[≥≤<>=＞＜≧≦]|>=|<=)?\s*[-+]?\d|^[/／—–\-.…·]+$/u;
/** A row's printed number in a 序号 column: 1, 2., 3、. */
const SERIAL = /^\d{1,3}[.、]?$/u;
/** Columns whose text stands between figures: a unit (人次, %), an operator (≧). */
const TEXT_BESIDE_FIGURES: readonly ColumnRole[] = ['unit', 'op'];
/** A piece of a broken label: Chinese words only. */
const WORDS = /^\p{Script=Han}+$/u;
/** A piece of a broken label is a few characters. */
const PIECE = 8;
/** A cell this long is text (a goal, content), never a heading. */
const HEADING_MAX = 20;

type Labels = { facts: Set<string>; funds: Set<string>; sections: Set<string>; level1: readonly string[] };

/**
 * The rows of a document whose table lost its row breaks, rebuilt; null when the document holds a table or too few
 * lone lines to be one. Rows before the first label stay text (the title, a notice above the table).
 */
export function rowsFromCellStream(rows: Row[], families: readonly PipelineDefinition[]): Row[] | null {
  if (rows.some((r) => r.kind === 'row')) return null;
  const labels = cached(labelsCache, families, labelsOf);
  const columns = families[0]!.columns;
  // A text line carries no formulas of its own: a cell's printed arithmetic is found in its text again.
  const cells = joinPieces(streamCells(rows), labels, columns).map((c) =>
    c.math.length || c.text === '' ? c : { ...c, math: findPlainFormulas(c.text, c.loc) },
  );
  if (cells.length < MIN_CELLS) return null;
  const start = cells.findIndex((c, i) => isFactLabel(c.text, labels) || headerAt(cells, i, columns) !== null);
  if (start < 0) return null;
  // The lines above the table (its title) lose the pipe a pipe export closed them with.
  const out: Row[] = rows.filter((r) => r.loc.line === undefined || r.loc.line < (cells[start]!.loc.line ?? 0)).map(withoutClosingPipe);
  const reader = new StreamReader(cells, labels, columns, rows.length);
  out.push(...reader.read(start));
  // Labels alone are a page about a table, not its cells: a table's heading run must be among them.
  return reader.bodies > 0 ? out : null;
}

function withoutClosingPipe(row: Row): Row {
  const text = row.cells[0]!.text.replace(CELL_END, '').trim();
  if (text === row.cells[0]!.text) return row;
  const cell = { ...row.cells[0]!, text };
  return { ...row, cells: [cell], grid: [cell], keys: [labelKey(text)] };
}

/** The stream's cells: a line each, or, where blank lines part the cells, a paragraph each. */
function streamCells(rows: Row[]): Cell[] {
  const lines = rows.filter((r) => r.loc.line !== undefined);
  const gaps = lines.filter((r, i) => i > 0 && r.loc.line! > lines[i - 1]!.loc.line! + 1).length;
  const paragraphs = gaps >= PARAGRAPH_SHARE * (lines.length - 1);
  const cells: Cell[] = [];
  if (lines.filter((r) => CELL_END.test(r.cells[0]!.text)).length >= PIPE_SHARE * lines.length) return pipeClosedCells(lines);
  if (!paragraphs) {
    // A cell a line: each blank line between two is a cell with nothing in it.
    lines.forEach((r, i) => {
      for (let k = i > 0 ? lines[i - 1]!.loc.line! + 1 : r.loc.line!; k < r.loc.line!; k++) cells.push(blank(r.cells[0]!));
      cells.push(r.cells[0]!);
    });
    return cells;
  }
  lines.forEach((r, i) => {
    const cell = r.cells[0]!;
    const last = cells.at(-1);
    const gap = i > 0 ? r.loc.line! - lines[i - 1]!.loc.line! : 0;
    if (gap === 1 && last) cells[cells.length - 1] = { ...last, text: last.text + cell.text, math: [...last.math, ...cell.math] };
    else {
      // Each cell is followed by one blank line: a longer gap held cells with nothing in them (an empty cell prints a
      // paragraph of white space).
      for (let k = 2; last && k + 2 <= gap; k += 2) cells.push(blank(last));
      cells.push(cell);
    }
  });
  return cells;
}

/**
 * A page's text that ends each cell with a pipe, on the cell's last line or on a line of its own (a cell's text
 * wrapped over the lines before), perhaps several cells a line (`| 质量指标 | 覆盖率 | ≧ |`) with the rows broken
 * anywhere: each pipe closes a cell, and a pipe with nothing before it closes an empty one, except the pipe that opens
 * a line of cells.
 */
function pipeClosedCells(lines: Row[]): Cell[] {
  const cells: Cell[] = [];
  let open = null as Cell | null;
  const close = (at: Cell, text: string) => {
    const whole = (open?.text ?? '') + text;
    cells.push(whole === '' ? blank(at) : { ...(open ?? at), text: whole });
    open = null;
  };
  for (const r of lines) {
    const cell = r.cells[0]!;
    const parts = cell.text.split('|').map((t) => t.trim());
    if (parts.length === 1) {
      open = open ? { ...open, text: open.text + parts[0]!, math: [...open.math, ...cell.math] } : cell;
      continue;
    }
    const content = parts.some((t) => t !== '');
    parts.slice(0, -1).forEach((text, k) => {
      // `| a | b |`: the first pipe opens the line's cells unless a cell wrapped from the lines above is open.
      if (k === 0 && text === '' && content && open === null) return;
      close(cell, text);
    });
    const rest = parts.at(-1)!;
    if (rest !== '') open = { ...cell, text: rest };
  }
  if (open) cells.push(open);
  return cells;
}

/** A label the export broke into pieces, each its own cell (年度 | 指标值, 经济效益 | 指标): the pieces joined where
 *  neither is a label alone and together they are one. */
function joinPieces(cells: Cell[], labels: Labels, columns: PipelineDefinition['columns']): Cell[] {
  const isLabel = (t: string) => headsAColumn(t, columns) || isFactLabel(t, labels) || isLevel1(t, labels) || isLevel2(t, labels);
  // What two pieces make: a heading by its exact words, a level label split before its 指标, or a fact label.
  const makes = (a: string, b: string) =>
    KINDS.some((k) => matchLabelHow(a + b, columns[k])?.exact) ||
    (b === '指标' && isLevel2(a + b, labels)) ||
    isLevel1(a + b, labels) ||
    (!isLabel(b) && isFactLabel(a + b, labels));
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const [a, b] = [cells[i]!, cells[i + 1]];
    const joined = b && a.text.length <= PIECE && b.text.length <= PIECE ? a.text + b.text : null;
    // A piece is words: a figure or a placeholder is a cell of its own (2023 | 年度指标值, …… | 质量指标).
    if (joined && WORDS.test(a.text) && !isLabel(a.text) && makes(a.text, b!.text)) {
      out.push({ ...a, text: joined, math: [...a.math, ...b!.math] });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The run of column headings starting at cell `i`, with the table it heads; null when none starts there. */
function headerAt(cells: Cell[], i: number, columns: PipelineDefinition['columns']): { end: number; map: ColumnMap } | null {
  let end = i;
  while (end < cells.length && headsAColumn(cells[end]!.text, columns)) end++;
  if (end - i < 2) return null;
  const map = headerOf(rowOf(cells.slice(i, end), -1), columns);
  return map ? { end, map } : null;
}

const KINDS = ['indicators', 'tasks', 'execution'] as const;
const headsAColumn = (text: string, columns: PipelineDefinition['columns']) =>
  text.length <= HEADING_MAX && KINDS.some((k) => matchLabel(text, columns[k]) !== null);

const isFactLabel = (text: string, labels: Labels) => {
  if (labels.facts.has(meaningKey(text))) return true;
  // 预算部门:文化部门, 年度资金总额:16: the label and its value in one cell.
  const colon = text.search(/[:：]/u);
  return colon >= 2 && colon <= 14 && labels.facts.has(meaningKey(text.slice(0, colon)));
};
const isLevel1 = (text: string, labels: Labels) => meansOneOf(levelName(text), labels.level1);
const isLevel2 = (text: string, labels: Labels) => !isLevel1(text, labels) && LEVEL2.test(levelName(text));
const isValue = (text: string | undefined) => text !== undefined && (VALUE.test(text.trim()) || readNumber(text) !== null);

/** Reads the cells from a start into rows, section by section. */
class StreamReader {
  private rows: Row[] = [];
  private table: number;
  /** Tables read under a heading run. */
  bodies = 0;
  /** Whether the last rows were facts (their table goes on). */
  private inFacts = false;
  constructor(
    private cells: Cell[],
    private labels: Labels,
    private columns: PipelineDefinition['columns'],
    tableBase: number,
  ) {
    // Tables numbered after the document's blocks, so no rebuilt section is taken for one of them.
    this.table = tableBase;
  }

  read(start: number): Row[] {
    let i = start;
    while (i < this.cells.length) {
      const header = headerAt(this.cells, i, this.columns);
      i = header ? this.body(header, i) : this.facts(i);
    }
    return this.rows;
  }

  /** A fact label and the values after it, up to the next label or heading run; goal headings stay beside it. */
  private facts(i: number): number {
    const over = this.factsOverValues(i);
    if (over !== null) return over;
    const row: Cell[] = [this.cells[i]!];
    let j = i + 1;
    const headings: Cell[] = [];
    while (j < this.cells.length && isGoalHeading(this.cells[j]!.text) && isFactLabel(row[0]!.text, this.labels)) headings.push(this.cells[j++]!);
    while (j < this.cells.length && headings.length === 0 && !this.opensRow(j)) row.push(this.cells[j++]!);
    // Facts one after another are one table: a new table with a 项目名称 would open a new record.
    if (!this.inFacts) this.table++;
    this.inFacts = true;
    this.push([...row, ...headings], this.table);
    if (headings.length > 0) {
      // The goals printed under their headings (年初设定目标 | 完成情况): as many cells as headings, in a row below.
      // The label's column on the row below is empty: the goals start after it.
      while (j < this.cells.length && this.cells[j]!.text === '') j++;
      let n = 0;
      while (n < headings.length && j + n < this.cells.length && !this.opensRow(j + n)) n++;
      const taken = this.cells.slice(j, j + n);
      this.push([blank(row[0]!), ...row.slice(1).map(blank), ...taken], this.table);
      j += taken.length;
    }
    return j;
  }

  /**
   * Labels printed side by side over their values (项目名称 | 主管部门 | 实施单位, then the three values): a run of fact
   * labels followed by as many cells that are none; null when the cells after the run are not its values.
   */
  private factsOverValues(i: number): number | null {
    let k = i;
    // A goal label beside its headings (年度总体目标 | 预期目标 | 实际完成情况) is read with them.
    // A section's label (项目资金, 绩效指标) heads rows, not a value.
    const inRun = (t: string) => isFactLabel(t, this.labels) && !isGoalHeading(t) && !this.labels.sections.has(meaningKey(t));
    while (k < this.cells.length && inRun(this.cells[k]!.text) && headerAt(this.cells, k, this.columns) === null) k++;
    const labels = this.cells.slice(i, k);
    if (labels.length < 2) return null;
    while (k < this.cells.length && this.cells[k]!.text === '') k++;
    let n = 0;
    // A cell ending in a colon is a label waiting for its value (当年资金总额:), not a value.
    while (n < labels.length && k + n < this.cells.length && !this.opensRow(k + n) && !/[:：]$/u.test(this.cells[k + n]!.text)) n++;
    if (n < labels.length) return null;
    if (!this.inFacts) this.table++;
    this.inFacts = true;
    this.push(labels, this.table);
    this.push(this.cells.slice(k, k + n), this.table);
    return k + n;
  }

  /** Whether cell `j` opens a new row of the facts: a fact label or a run of column headings. Under a funds header
   *  the funds' own labels (年度资金总额, 财政拨款) are its rows. */
  private opensRow(j: number, kind?: TableKind): boolean {
    const text = this.cells[j]!.text;
    const funds = this.labels.funds;
    if (kind === 'execution' && (funds.has(meaningKey(text)) || funds.has(meaningKey(text.replace(/[:：][^:：]*$/su, ''))))) return false;
    return isFactLabel(text, this.labels) || headerAt(this.cells, j, this.columns) !== null;
  }

  /** A table under its heading run: rows laid out by the header's columns until a fact label or another heading run. */
  private body({ end, map }: { end: number; map: ColumnMap }, i: number): number {
    const table = ++this.table;
    this.inFacts = false;
    this.bodies++;
    let header = this.cells.slice(i, end);
    let j = end;
    // Headings the vocabulary does not know (未完成原因及拟采取的改进措施) end the run early: up to the first level
    // label the cells are still headings.
    if (map.kind === 'indicators') {
      // Only where level labels mark where the rows begin: without them the first row's name looks like a heading.
      if (map.at.level1 !== undefined) while (j < this.cells.length && this.stillHeading(this.cells[j]!.text)) header.push(this.cells[j++]!);
      header = this.oneHeaderRow(header);
    }
    // The funds lines' labels stand in a column the heading run has no heading for.
    // So do the cells a section label covers (年度重点工作任务, 绩效指标 down the left of its rows), which a text export
    // prints as empty cells.
    const lead = map.kind === 'execution' || (this.afterSectionLabel() && this.cells[j]?.text === '') ? 1 : 0;
    if (lead) header.unshift(blank(header[0]!));
    const full = headerOf(rowOf(header, table), this.columns) ?? map;
    this.push(header, table);
    const layout = new RowLayout(header, full, this.columns, this.labels, lead, !this.cells.some((c) => c.text === ''), this.cells[j]?.text === '');
    // A note (备注:, 填表人:) ends the table: it stands across it on a row of its own.
    for (; j < this.cells.length && !this.opensRow(j, full.kind) && !NOTE.test(this.cells[j]!.text); j++) {
      const done = layout.add(this.cells[j]!, this.cells[j + 1]?.text, full.kind);
      if (done) this.push(done, table);
    }
    const last = layout.flush();
    if (last) this.push(last, table);
    return j;
  }

  /**
   * A header of two rows printed one after the other (年度指标值 | 实际完成值 | 分值 | 得分, then 一级指标 | 二级指标 |
   * 三级指标 | 指标性质 | 指标值 | 度量单位, which splits 年度指标值): the row that starts at the level headings is the
   * table's left; the first row's headings it does not already name stand after it.
   */
  private oneHeaderRow(header: Cell[]): Cell[] {
    const roles = header.map((c) => matchLabel(c.text, this.columns.indicators));
    const start = roles.indexOf('level1');
    if (start <= 0 || roles.slice(0, start).some((r) => r === 'level2' || r === 'name')) return header;
    const later = new Set(roles.slice(start));
    return [...header.slice(start), ...header.slice(0, start).filter((_, k) => roles[k] === null || !later.has(roles[k] ?? null))];
  }

  /** Whether the row before the header is a section's label alone (绩效指标, 年度重点工作任务). */
  private afterSectionLabel(): boolean {
    const prev = this.rows.at(-1);
    return prev !== undefined && prev.cells.length === 1 && this.labels.sections.has(meaningKey(prev.cells[0]!.text));
  }

  /** A cell after an indicator heading run that heads a column too: short, and no level label, figure or fact label. */
  private stillHeading(text: string): boolean {
    const l = this.labels;
    return text !== '' && text.length <= HEADING_MAX && !isLevel1(text, l) && !isLevel2(text, l) && !isValue(text) && !isFactLabel(text, l);
  }

  private push(cells: Cell[], table: number): void {
    this.rows.push(rowOf(cells, table));
  }
}

/** Lays one table's cells out in rows: level labels in their columns, the other cells in the columns after them. */
class RowLayout {
  private row: Array<Cell | undefined> = [];
  private last = -1;
  /** The first column after the level and serial columns: where a row without level labels begins. */
  private first: number;
  /** The columns headed 一级 / 二级 (a form with long-term and yearly sides heads two of each). */
  private levelColumns: Record<'level1' | 'level2', number[]>;
  /** Whether a 一级 label was placed: a group is open. */
  private inGroup = false;
  constructor(
    header: Cell[],
    map: ColumnMap,
    columns: PipelineDefinition['columns'],
    private labels: Labels,
    lead: number,
    /** Whether the export left out every empty cell (no blank among the stream's cells). */
    private dropsEmpties: boolean,
    /** Whether the first row begins with an empty cell (a label covering the rows' first column): every row does. */
    private coveredFirst: boolean,
  ) {
    const roles = header.map((c) => matchLabel(c.text, columns[map.kind]));
    this.roles = roles;
    const at = (role: string) => roles.flatMap((r, k) => (r === role ? [k] : []));
    this.levelColumns = { level1: at('level1'), level2: at('level2') };
    this.serial = at('serial')[0];
    this.first = Math.max(lead - 1, ...this.levelColumns.level1.slice(0, 1), ...this.levelColumns.level2.slice(0, 1), ...at('serial').slice(0, 1)) + 1;
    // A task table's name column may stand right of a section label the header run took in (年度重点工作任务 | 名称).
    this.first = Math.max(this.first, map.at.name ?? 0);
    this.width = header.length;
  }
  private width: number;
  private roles: Array<ColumnRole | null>;
  /** The 序号 column, if the header has one. */
  private serial: number | undefined;

  /** Place a cell; the row it ends, when it opens the next. */
  add(cell: Cell, next: string | undefined, kind: TableKind): Cell[] | null {
    const text = cell.text;
    const { level1, level2 } = this.levelColumns;
    if (kind === 'indicators' && level1.length && isLevel1(text, this.labels)) {
      // 成本指标 is 一级 on one form and 二级 under 产出指标 on another: within a group and with no 二级 label after it,
      // it is the 二级 one.
      const inner = level2.length > 0 && this.inGroup && !isLevel2(next ?? '', this.labels) && !isLevel1(next ?? '', this.labels);
      this.inGroup = true;
      return this.placeLabel(cell, inner ? level2 : level1);
    }
    if (kind === 'indicators' && level2.length && isLevel2(text, this.labels)) return this.placeLabel(cell, level2);
    // A label of a funds line opens its row; its figures fill the columns after it.
    if (kind === 'execution' && text !== '' && !isValue(text)) return this.place(cell, 0, this.last >= 0);
    // An empty cell past the row's end is a covered cell or padding: where the next row starts says its text.
    if (text === '') return this.last + 1 >= this.width ? null : this.place(cell, this.last + 1, false);
    // A row's number goes to the 序号 column, before its name: in an empty row, or after a full one.
    const empty = !this.row.some((c) => c !== undefined && c.text !== '');
    if (this.serial !== undefined && SERIAL.test(text) && (empty || this.last === this.width - 1)) return this.place(cell, this.serial, !empty);
    const col = Math.max(this.last + 1, this.first);
    const levels = [...this.levelColumns.level1, ...this.levelColumns.level2];
    const hasValue = this.row.some((c, k) => k > this.first && !levels.includes(k) && c !== undefined && c.text !== '');
    // Where the export prints no empty cells, a row's trailing ones are gone: an indicator's name followed by a figure
    // is the next row's (a unit or an operator is text beside figures, in its own column). A task's name is followed
    // by text.
    const nextName =
      kind === 'indicators' && this.dropsEmpties && hasValue && !isValue(text) && isValue(next) && !TEXT_BESIDE_FIGURES.includes(this.roles[col] ?? 'ignored');
    // A full row followed by the covered cell that begins every row ends in a cell broken over two lines.
    const last = this.row[this.width - 1];
    if (col >= this.width && this.coveredFirst && next === '' && last && last.text !== '') {
      this.row[this.width - 1] = { ...last, text: last.text + text, math: [...last.math, ...cell.math] };
      return null;
    }
    const opens = col >= this.width || nextName;
    return opens ? this.place(cell, this.first, true) : this.place(cell, col, false);
  }

  flush(): Cell[] | null {
    return this.row.some((c) => c !== undefined && c.text !== '') ? this.cellsOf() : null;
  }

  /** A level label goes to the first of its columns after the row's last cell, or opens the next row. */
  private placeLabel(cell: Cell, columns: number[]): Cell[] | null {
    const later = columns.find((c) => c > this.last);
    return later !== undefined ? this.place(cell, later, false) : this.place(cell, columns[0]!, true);
  }

  private place(cell: Cell, col: number, opens: boolean): Cell[] | null {
    const done = opens ? this.flush() : null;
    if (opens) this.row = [];
    this.row[Math.min(col, this.width - 1)] = cell;
    this.last = Math.min(col, this.width - 1);
    return done;
  }

  private cellsOf(): Cell[] {
    const anchor = this.row.find((c) => c !== undefined)!;
    return Array.from({ length: this.width }, (_, k) => this.row[k] ?? blank(anchor));
  }
}

const blank = (at: Cell): Cell => ({ ...at, text: '', math: [], spanned: false });

function rowOf(cells: Cell[], table: number): Row {
  return { kind: 'row', cells, loc: cells[0]!.loc, keys: cells.map((c) => labelKey(c.text)), grid: cells, table };
}

function labelsOf(families: readonly PipelineDefinition[]): Labels {
  const facts = new Set<string>();
  const funds = new Set<string>();
  const sections = new Set<string>();
  for (const f of families) {
    for (const label of [...f.labels.indicators, ...f.labels.keyTasks, ...f.labels.otherTasks, ...(f.labels.execution ?? [])]) sections.add(meaningKey(label));
    const p = f.labels.project;
    for (const label of [...(p?.fundsTotal ?? []), ...(p?.fundsFiscal ?? []), ...(p?.fundsOther ?? []), ...f.labels.budgetTotal]) funds.add(meaningKey(label));
    const l = f.labels;
    const lists = [
      l.departmentName,
      l.staffCount,
      l.subordinateUnits,
      l.overallGoal,
      l.budgetTotal,
      l.keyTasks,
      l.otherTasks,
      l.indicators,
      l.execution ?? [],
      ...Object.values(l.budget),
      ...Object.values(l.project ?? {}),
    ];
    for (const list of lists) for (const label of list) facts.add(meaningKey(label));
  }
  return { facts, funds, sections, level1: families[0]!.labels.level1 };
}
const labelsCache = new WeakMap<readonly PipelineDefinition[], Labels>();
