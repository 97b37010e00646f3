// A table printed one cell a line: a Word table saved as text, a page's text with its table markup gone, a PDF's
// cells copied out. The cells are all there, in reading order, but nothing says where a row ends. The rows are
// rebuilt from what the family's labels mean: a fact label (项目名称, 年度资金总额) opens a row and the cells after it
// are its values; a run of column headings (一级指标 | 二级指标 | 三级指标 | 指标值) opens a table whose rows are laid
// out under it, a level label (产出指标, 数量指标) going to its own column and the other cells filling the columns
// after it in order. Only for a document in which nothing is a table: a table with rows is always the better reading.
import type { Cell } from '../../parse/grid.ts';
import type { PipelineDefinition, TableKind } from '../pipeline.ts';
import { headerOf, type ColumnMap } from '../columns.ts';
import { isScoredLabel, matchLabel, meaningKey } from '../label-meaning.ts';
import { isGoalHeading } from '../goal-heading.ts';
import { isCaption } from '../family.ts';
import { findPlainFormulas } from '../../parse/shared/formulas.ts';
import { cached } from '../cached.ts';
import { NOTE } from '../body-state.ts';
import { blank, rowOf, type Row } from '../rows.ts';
import { flatLineCells, joinPieces, linesOfPipes, streamCells } from './cells.ts';
import { RowLayout } from './row-layout.ts';
import { budgetStack } from './budget-stack.ts';
import { headsAColumn, HEADING_MAX, isFactLabel, isLevel1, isLevel2, isValue, labelsCache, labelsOf, type Labels } from './vocabulary.ts';

/** So few lone cells are a page of prose, not a table's cells. */
const MIN_CELLS = 12;

/**
 * The rows of a document whose table lost its row breaks, rebuilt; null when the document holds a table or too few
 * lone lines to be one. Rows before the first label stay text (the title, a notice above the table).
 */
export function rowsFromCellStream(rows: Row[], families: readonly PipelineDefinition[]): Row[] | null {
  if (rows.some((r) => r.kind === 'row')) return null;
  const labels = cached(labelsCache, families, labelsOf);
  const columns = families[0]!.columns;
  // A text line carries no formulas of its own: a cell's printed arithmetic is found in its text again.
  const isLabel = (t: string) => headsAColumn(t, columns) || isFactLabel(t, labels);
  const cells = joinPieces(streamCells(flatLineCells(rows, isLabel)), labels, columns).map((c) =>
    c.math.length || c.text === '' ? c : { ...c, math: findPlainFormulas(c.text, c.loc) },
  );
  if (cells.length < MIN_CELLS) return null;
  const start = cells.findIndex((c, i) => isFactLabel(c.text, labels) || headerAt(cells, i, columns) !== null);
  if (start < 0) return null;
  // The lines above the table (its title) lose the pipes a pipe export parted their cells with.
  const line = cells[start]!.loc.line ?? 0;
  const out: Row[] = rows.filter((r) => r.loc.line === undefined || r.loc.line < line).flatMap(linesOfPipes);
  // A title printed on the table's first line, before its first label (2022年度…自评表 | 部门:某中学 |), stays a line.
  for (const c of cells.slice(0, start)) if (c.loc.line === line && c.text !== '') out.push({ ...rowOf([c], -1), kind: 'text', table: 0 });
  const reader = new StreamReader(cells, labels, columns, rows.length);
  out.push(...reader.read(start));
  // Labels alone are a page about a table, not its cells: a table's heading run must be among them.
  return reader.bodies > 0 ? out : null;
}

/** The run of column headings starting at cell `i`, with the table it heads; null when none starts there. */
function headerAt(cells: Cell[], i: number, columns: PipelineDefinition['columns']): { end: number; map: ColumnMap } | null {
  let end = i;
  while (end < cells.length && headsAColumn(cells[end]!.text, columns)) end++;
  if (end - i < 2) return null;
  const map = headerOf(rowOf(cells.slice(i, end), -1), columns);
  return map ? { end, map } : null;
}

/** Reads the cells from a start into rows, section by section. */
class StreamReader {
  private rows: Row[] = [];
  private table: number;
  /** Tables read under a heading run. */
  bodies = 0;
  /** Whether the last rows were facts (their table goes on). */
  private inFacts = false;
  /** Whether the export left out every empty cell (no blank among the stream's cells). */
  private readonly dropsEmpties: boolean;
  constructor(
    private cells: Cell[],
    private labels: Labels,
    private columns: PipelineDefinition['columns'],
    tableBase: number,
  ) {
    // Tables numbered after the document's blocks, so no rebuilt section is taken for one of them.
    this.table = tableBase;
    this.dropsEmpties = !cells.some((c) => c.text === '');
  }

  read(start: number): Row[] {
    let i = start;
    while (i < this.cells.length) {
      // Empty cells between tables belong to no row.
      if (this.cells[i]!.text === '' && this.inFacts === false && this.rows.at(-1)?.kind === 'text') {
        i++;
        continue;
      }
      // A title between tables (the next form's, or its number 表十二) is a line of its own: it opens the next record.
      if (isCaption(this.cells[i]!.text)) {
        this.rows.push({ ...rowOf([this.cells[i++]!], -1), kind: 'text', table: ++this.table });
        this.inFacts = false;
        continue;
      }
      const stack = budgetStack(this.cells, i, (t) => this.labels.budget.has(meaningKey(t)));
      if (stack) {
        const table = this.factsTable();
        for (const cells of stack.rows) this.push(cells, table);
        i = stack.end;
        continue;
      }
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
    const table = this.factsTable();
    this.push([...row, ...headings], table);
    if (headings.length > 0) {
      // The goals printed under their headings (年初设定目标 | 完成情况): as many cells as headings, in a row below.
      // The label's column on the row below is empty: the goals start after it.
      while (j < this.cells.length && this.cells[j]!.text === '') j++;
      let n = 0;
      while (n < headings.length && j + n < this.cells.length && !this.opensRow(j + n)) n++;
      const taken = this.cells.slice(j, j + n);
      this.push([blank(row[0]!), ...row.slice(1).map(blank), ...taken], table);
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
    const table = this.factsTable();
    this.push(labels, table);
    this.push(this.cells.slice(k, k + n), table);
    return k + n;
  }

  /** The table fact rows go to: facts one after another are one table (a new table with a 项目名称 would open a new
   *  record). */
  private factsTable(): number {
    if (!this.inFacts) this.table++;
    this.inFacts = true;
    return this.table;
  }

  /** Whether cell `j` opens a new row of the facts: a fact label or a run of column headings. Under a funds header
   *  the funds' own labels (年度资金总额, 财政拨款) are its rows. */
  private opensRow(j: number, kind?: TableKind): boolean {
    const text = this.cells[j]!.text;
    const funds = this.labels.funds;
    if (kind === 'execution' && (funds.has(meaningKey(text)) || funds.has(meaningKey(text.replace(/[:：][^:：]*$/su, ''))))) return false;
    // A budget label with figures after it (基本支出 | 506.94 | …, under 按支出性质分) is one more funds line.
    if (kind === 'execution' && isValue(this.cells[j + 1]?.text)) return false;
    // A scoring table's group label (预算执行(15分)) is a level of its rows, not the funds section of that name.
    if (kind === 'indicators' && isScoredLabel(text)) return false;
    return isFactLabel(text, this.labels) || isCaption(text) || headerAt(this.cells, j, this.columns) !== null;
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
    // A section label at the head of the header (年度重点工作任务 | 名称 | …) covers the first column of every row, which
    // a text export prints as an empty cell. Without one, empty cells right after the headings are the header row's
    // own (a column without a heading), and the rows begin after them.
    const section = (text: string) => this.labels.sections.has(meaningKey(text));
    const coveredFirst = section(header[0]!.text) && this.cells[j]?.text === '';
    if (!coveredFirst) while (this.cells[j]?.text === '') j++;
    // The funds lines' labels stand in a column the heading run has no heading for; so does a section label printed
    // at the head of the first row (绩效指标 down the left of the rows, below the header).
    const labelFirst = map.kind !== 'execution' && !coveredFirst && section(this.cells[j]?.text ?? '');
    const lead = (map.kind === 'execution' && !this.headsLabels(header)) || labelFirst ? 1 : 0;
    if (lead) header.unshift(blank(header[0]!));
    const full = headerOf(rowOf(header, table), this.columns) ?? map;
    this.push(header, table);
    const layout = new RowLayout(header, full, this.columns, this.labels, lead, this.dropsEmpties, coveredFirst);
    if (labelFirst) layout.lead(this.cells[j++]!);
    // A note (备注:, 填表人:) ends the table: it stands across it on a row of its own.
    for (; j < this.cells.length && !this.opensRow(j, full.kind) && !NOTE.test(this.cells[j]!.text); j++) {
      const done = layout.add(this.cells[j]!, this.cells[j + 1]?.text);
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

  /**
   * Whether a funds block's first heading stands over its labels: 年度预算数(万元) before 年初预算 | 调整后预算数 names
   * what the later headings split, so it heads the column of 总额, 其中:财政资金 ….
   */
  private headsLabels(header: Cell[]): boolean {
    const roles = header.map((c) => matchLabel(c.text, this.columns.execution));
    return roles[0] !== null && roles.indexOf(roles[0]!, 1) > 0;
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
