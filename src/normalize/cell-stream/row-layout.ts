// One table of a cell stream laid out in rows under its header: level labels in their columns, a row's number in its
// 序号 column, the other cells in the columns after them.
import type { Cell } from '../../parse/grid.ts';
import type { ColumnRole, PipelineDefinition, TableKind } from '../pipeline.ts';
import type { ColumnMap } from '../columns.ts';
import { isScoredLabel, levelSuffix, matchLabel } from '../label-meaning.ts';
import { blank } from '../rows.ts';
import { LONE_OPERATOR } from '../indicator-rows.ts';
import { isLevel1, isLevel2, isValue, joined, type Labels } from './vocabulary.ts';

/** A row's printed number in a 序号 column: 1, 2., 3、. */
const SERIAL = /^\d{1,3}[.、]?$/u;
/** What a 指标性质 column holds besides an operator: the target's direction or kind. */
const NATURE = /^(?:正向|反向|定量|定性|正|反)(?:指标)?$/u;
/** A figure as a weight, a score or an amount prints it, or a placeholder for none. */
const PLAIN_FIGURE = /^(?:[-+]?\d+(?:\.\d+)?|[/／—–-]+)$/u;
const plain = (text: string) => PLAIN_FIGURE.test(text);
/** A rate as printed: 97.45%. */
const PERCENT = /^[-+]?\d+(?:\.\d+)?\s*%$/u;
/** Columns that take one kind of text: whether a cell fits one (a unit is words, followed by a figure or an operator). */
const FITS: Partial<Record<ColumnRole, (text: string, next: string | undefined) => boolean>> = {
  op: (text) => LONE_OPERATOR.test(text) || NATURE.test(text),
  unit: (text, next) => !isValue(text) && (isValue(next) || LONE_OPERATOR.test(next ?? '')),
  weight: plain,
  score: plain,
  planned: plain,
  adjusted: plain,
  executed: plain,
  rate: (text) => plain(text) || PERCENT.test(text),
};
/** Columns that take any text: a target or a result in words. */
const OPEN_TEXT: readonly ColumnRole[] = ['target', 'actual'];
/** Columns whose text stands between figures: a unit (人次, %), an operator (≧). */
const TEXT_BESIDE_FIGURES: readonly ColumnRole[] = ['unit', 'op'];

/** Lays one table's cells out in rows: level labels in their columns, the other cells in the columns after them. */
export class RowLayout {
  private row: Array<Cell | undefined> = [];
  private last = -1;
  private readonly kind: TableKind;
  private readonly width: number;
  private readonly roles: Array<ColumnRole | null>;
  /** The columns headed 一级 / 二级 (a form with long-term and yearly sides heads two of each). */
  private readonly levelColumns: Record<'level1' | 'level2', number[]>;
  /** The 序号 column, if the header has one. */
  private readonly serial: number | undefined;
  /** The first column after the level and serial columns: where a row without level labels begins. */
  private readonly first: number;
  /** Whether a 一级 label was placed: a group is open. */
  private inGroup = false;
  /** The word this table's 一级 labels end with (指标, 目标, 值): its 二级 labels end with it too. */
  private suffix = '指标';
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
    this.kind = map.kind;
    this.width = header.length;
    this.roles = header.map((c) => matchLabel(c.text, columns[map.kind]));
    const at = (role: ColumnRole) => this.roles.flatMap((r, k) => (r === role ? [k] : []));
    this.levelColumns = { level1: at('level1'), level2: at('level2') };
    this.serial = at('serial')[0];
    const lastLead = Math.max(lead - 1, this.levelColumns.level1[0] ?? -1, this.levelColumns.level2[0] ?? -1, this.serial ?? -1);
    // A task table's name column may stand right of a section label the header run took in (年度重点工作任务 | 名称).
    this.first = Math.max(lastLead + 1, map.at.name ?? 0);
  }

  /** Place a cell; the row it ends, when it opens the next. */
  add(cell: Cell, next: string | undefined): Cell[] | null {
    const { text } = cell;
    const kind = this.kind;
    const { level1, level2 } = this.levelColumns;
    // A scoring table's stage is whatever its words (规划(15分)): a group label with points over another one.
    const stage = isScoredLabel(text) && isScoredLabel(next ?? '');
    if (kind === 'indicators' && level1.length && (isLevel1(text, this.labels) || stage)) {
      // 成本指标 is 一级 on one form and 二级 under 产出指标 on another: within a group and with no 二级 label after it,
      // it is the 二级 one.
      const inner = level2.length > 0 && this.inGroup && !isLevel2(next ?? '', this.labels, this.suffix) && !isLevel1(next ?? '', this.labels);
      this.inGroup = true;
      if (!inner) this.suffix = levelSuffix(text);
      return this.placeLabel(cell, inner ? level2 : level1);
    }
    if (kind === 'indicators' && level2.length && isLevel2(text, this.labels, this.suffix) && !this.isResult(next)) return this.placeLabel(cell, level2);
    // A label of a funds line opens its row; its figures fill the columns after it.
    if (kind === 'execution' && text !== '' && !isValue(text)) return this.place(cell, 0, this.last >= 0);
    // An empty cell past the row's end is a covered cell or padding: where the next row starts says its text.
    if (text === '') return this.last + 1 >= this.width ? null : this.place(cell, this.last + 1, false);
    // A row's number goes to the 序号 column, before its name: in an empty row, or after a full one.
    const empty = !this.hasText();
    if (this.serial !== undefined && SERIAL.test(text) && (empty || this.last === this.width - 1)) return this.place(cell, this.serial, !empty);
    const col = Math.max(this.last + 1, this.first);
    const levels = [...this.levelColumns.level1, ...this.levelColumns.level2];
    const hasValue = this.row.some((c, k) => k > this.first && !levels.includes(k) && c !== undefined && c.text !== '');
    // Where the export prints no empty cells, a row's trailing ones are gone: an indicator's name followed by a figure
    // is the next row's (a unit or an operator is text beside figures, in its own column). A task's name is followed
    // by text.
    // A self-evaluation's result in words (按标准发放) stands there too, in the column after the target.
    const nextName =
      kind === 'indicators' &&
      this.dropsEmpties &&
      hasValue &&
      !isValue(text) &&
      isValue(next) &&
      !TEXT_BESIDE_FIGURES.includes(this.roles[col] ?? 'ignored') &&
      !(this.roles[col] === 'actual' && this.roles[col - 1] === 'target');
    // A full row followed by the covered cell that begins every row ends in a cell broken over two lines.
    const last = this.row[this.width - 1];
    if (col >= this.width && this.coveredFirst && next === '' && last && last.text !== '') {
      this.row[this.width - 1] = joined(last, cell);
      return null;
    }
    const skipped = this.skippedTo(text, col, next);
    if (skipped !== null) return this.place(cell, skipped, false);
    const opens = col >= this.width || nextName;
    return opens ? this.place(cell, this.first, true) : this.place(cell, col, false);
  }

  /**
   * Where the export prints no empty cells, a cell lands in the first column its row left empty, which may be one that
   * takes only one kind of text (an operator, a unit, a figure): a cell that does not fit there goes to the next
   * column it fits (稳步提升 past 单位 and 性质 to 指标值, 97.45% past 分值 to 执行率). Its column; null when it fits.
   */
  private skippedTo(text: string, col: number, next: string | undefined): number | null {
    if (!this.dropsEmpties || col >= this.width) return null;
    // A target in words (年底前) has no unit: text after it is the result.
    const targetAt = this.roles.indexOf('target');
    const worded = targetAt >= 0 && targetAt < col && !isValue(this.row[targetAt]?.text ?? '0');
    const fits = (k: number) => {
      const role = this.roles[k];
      if (role === 'unit' && worded) return false;
      return role === null || role === undefined ? null : (FITS[role]?.(text, next) ?? (OPEN_TEXT.includes(role) ? true : null));
    };
    if (fits(col) !== false) return null;
    for (let k = col + 1; k < this.width; k++) if (fits(k) === true) return k;
    return null;
  }

  /**
   * Whether a cell that reads like a 二级 label (达成预期指标) is the row's result: a 二级 label is followed by the name
   * of its first row, never by a figure, and the row before it has its target.
   */
  private isResult(next: string | undefined): boolean {
    const target = this.roles.indexOf('target');
    return isValue(next) && target >= 0 && (this.row[target]?.text ?? '') !== '' && this.last >= target;
  }

  /** The label in the lead column of the first row (绩效指标 covering the rows' left). */
  lead(cell: Cell): void {
    this.place(cell, 0, false);
  }

  flush(): Cell[] | null {
    return this.hasText() ? this.cellsOf() : null;
  }

  private hasText(): boolean {
    return this.row.some((c) => c !== undefined && c.text !== '');
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
