// The cells of a text whose table printed one cell a line, in reading order: a line each, a paragraph each, or
// each closed by a pipe; label pieces an export split over two cells joined again.
import type { Cell } from '../../parse/grid.ts';
import type { PipelineDefinition } from '../pipeline.ts';
import { matchLabelHow } from '../label-meaning.ts';
import { labelKey } from '../../parse/shared/text.ts';
import { blank, type Row } from '../rows.ts';
import { isCaption } from '../family.ts';
import { headsAColumn, isFactLabel, isLevel1, isLevel2, joined, KINDS, type Labels } from './vocabulary.ts';

/** A document whose lines are mostly parted by blank lines prints a cell a paragraph: a cell's wrapped lines join. */
const PARAGRAPH_SHARE = 0.6;
/** A line closing a cell with a pipe. */
const CELL_END = /\|\s*$/u;
/** This share of the lines closing a cell with a pipe and the page is a pipe export. */
const PIPE_SHARE = 0.3;
/** A piece of a broken label: Chinese words only. */
const WORDS = /^\p{Script=Han}+$/u;
/** A piece of a broken label is a few characters. */
const PIECE = 8;
/** A level label printed down a merged cell takes a line for each character: 满意度指标 is five. */
const LEVEL_PIECES = 8;
/** A label spaced out a character or two at a time: 项 目 名 称 is four pieces, 项目资金(万元) headings fewer. */
const SPACED_PIECES = 6;
/** A line of this many words, with labels among them, is a table or a table's row flattened into one line. */
const FLAT_WORDS = 6;
/** Labels among a flattened line's words: a title or a sentence holds fewer. */
const FLAT_LABELS = 2;

/** A line above the table as lines of text: a pipe export's cells on it (2024年度…申报表 | 填报单位:某局 |) each a line. */
export function linesOfPipes(row: Row): Row[] {
  const parts = row.cells[0]!.text.split('|').map((t) => t.trim());
  if (parts.length === 1) return [row];
  return parts
    .filter((t) => t !== '')
    .map((text) => {
      const cell = { ...row.cells[0]!, text };
      return { ...row, cells: [cell], grid: [cell], keys: [labelKey(text)] };
    });
}

/**
 * A table flattened into lines of words (a page's text with its markup gone and its white space collapsed, the whole
 * table on one line or a row a line: `项目名称 城乡就业补助 主管部门 某局`, `一级指标 二级指标 三级指标 指标值`): the words
 * are its cells, in reading order, its empty cells gone. Chinese text prints no spaces between words, so the spaces
 * are where the cells parted. Only where one line of six words or more has two labels among them: otherwise a line
 * is a cell (a title, a sentence with a figure in it, a cell with a space of its own).
 */
export function flatLineCells(rows: Row[], isLabel: (text: string) => boolean): Row[] {
  const flat = rows.some((r) => r.words && r.words.length >= FLAT_WORDS && r.words.filter((w) => isLabel(w.text)).length >= FLAT_LABELS);
  if (!flat) return rows;
  return rows.flatMap((row) =>
    (row.words ?? [{ text: row.cells[0]!.text, column: row.loc.column ?? 1 }]).map(({ text, column }) => {
      const cell = { ...row.cells[0]!, text, loc: { ...row.loc, column } };
      return { ...row, cells: [cell], grid: [cell], keys: [labelKey(text)] };
    }),
  );
}

/** The stream's cells: a line each, or, where blank lines part the cells, a paragraph each. */
export function streamCells(rows: Row[]): Cell[] {
  const lines = rows.filter((r) => r.loc.line !== undefined);
  if (lines.filter((r) => CELL_END.test(r.cells[0]!.text)).length >= PIPE_SHARE * lines.length) return pipeClosedCells(lines);
  const gaps = lines.filter((r, i) => i > 0 && r.loc.line! > lines[i - 1]!.loc.line! + 1).length;
  const cells: Cell[] = [];
  if (gaps < PARAGRAPH_SHARE * (lines.length - 1)) {
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
    if (gap === 1 && last) cells[cells.length - 1] = joined(last, cell);
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
  /** The lines the open cell spans. */
  let openLines = 0;
  const close = (at: Cell, text: string) => {
    const whole = (open?.text ?? '') + text;
    cells.push(whole === '' ? blank(at) : { ...(open ?? at), text: whole });
    open = null;
  };
  for (const r of lines) {
    const cell = r.cells[0]!;
    const parts = cell.text.split('|').map((t) => t.trim());
    // A blank line ends what no pipe closed: a title or a note above the table, not the start of its first cell. So
    // does a title (附件2 above 2022年…绩效目标表): a line of its own.
    const caption = parts.length === 1 && open !== null && (isCaption(cell.text) || isCaption(open.text));
    if (open && (caption || (r.loc.line ?? 0) > (open.loc.line ?? 0) + openLines)) {
      cells.push(open);
      open = null;
    }
    if (parts.length === 1) {
      openLines = open ? openLines + 1 : 1;
      open = open ? joined(open, cell) : cell;
      continue;
    }
    // A title the line's first cell would close is a line of its own (2022年…绩效目标表 above 项目名称 |).
    if (open && isCaption(open.text) && parts[0] !== '') {
      cells.push(open);
      open = null;
    }
    const content = parts.some((t) => t !== '');
    parts.slice(0, -1).forEach((text, k) => {
      // `| a | b |`: the first pipe opens the line's cells unless a cell wrapped from the lines above is open.
      if (k === 0 && text === '' && content && open === null) return;
      close(cell, text);
    });
    const rest = parts.at(-1)!;
    if (rest !== '') {
      open = { ...cell, text: rest };
      openLines = 1;
    }
  }
  if (open) cells.push(open);
  return cells;
}

/** A label the export broke into pieces, each its own cell (年度 | 指标值, 经济效益 | 指标): the pieces joined where
 *  neither is a label alone and together they are one. */
export function joinPieces(cells: Cell[], labels: Labels, columns: PipelineDefinition['columns']): Cell[] {
  const isLabel = (t: string) => headsAColumn(t, columns) || isFactLabel(t, labels) || isLevel1(t, labels) || isLevel2(t, labels);
  // What two pieces make: a heading by its exact words, a level label split before its 指标, or a fact label.
  const heading = (a: string, b: string) => KINDS.some((k) => matchLabelHow(a + b, columns[k])?.exact);
  const makes = (a: string, b: string) =>
    heading(a, b) || (b === '指标' && isLevel2(a + b, labels)) || isLevel1(a + b, labels) || (!isLabel(b) && isFactLabel(a + b, labels));
  const longerFact = (a: string, b: string) => !isLabel(b) && isFactLabel(a + b, labels);
  // A piece is words: a figure or a placeholder is a cell of its own (2023 | 年度指标值, …… | 质量指标).
  const piece = (c: Cell | undefined) => c !== undefined && c.text.length <= PIECE && WORDS.test(c.text);
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const [a, b] = [cells[i]!, cells[i + 1]];
    const run = spacedLabelRun(cells, i, isLabel) || levelRun(cells, i, (c) => piece(c) && (c!.text === '指标' || !headsAColumn(c!.text, columns)), labels);
    if (run > 1) {
      out.push(cells.slice(i + 1, i + run).reduce(joined, a));
      i += run - 1;
    } else if (piece(a) && piece(b) && (isLabel(a.text) ? heading(a.text, b!.text) || longerFact(a.text, b!.text) : makes(a.text, b!.text))) {
      // A heading short enough to stand alone (一级) still joins the piece that makes it whole (一级 | 指标); so does a
      // fact label (主管部门 | 及编码).
      out.push(joined(a, b!));
      i++;
    } else out.push(a);
  }
  return out;
}

/** A label printed with a space between its characters (项 目 名 称, 主 管 部 门), each a cell of its own where the
 *  spaces part the cells: the number of pieces that make it, or 0. */
function spacedLabelRun(cells: Cell[], i: number, isLabel: (text: string) => boolean): number {
  let text = '';
  let best = 0;
  // The longest run that is a label: 项 目 名 称, not 项 目 名.
  for (let k = i; k < cells.length && k < i + SPACED_PIECES && /^\p{Script=Han}{1,2}$/u.test(cells[k]!.text); k++) {
    text += cells[k]!.text;
    if (k - i + 1 >= 3 && isLabel(text)) best = k - i + 1;
  }
  return best;
}

/** The most pieces, from `i`, that a level label was printed in, a few characters a line (产 | 出 | 指 | 标, 服务对象 |
 *  满意度 | 指标); 0 when none. A column heading is no piece (二级指标 | 三级指标 are two). */
function levelRun(cells: Cell[], i: number, piece: (c: Cell | undefined) => boolean, labels: Labels): number {
  // A label ending in its level word (指标, 目标) is whole: it ends the run, and cannot begin or join one.
  const whole = (t: string) => /(?:指标|目标)$/u.test(t) && (isLevel1(t, labels) || isLevel2(t, labels));
  let text = '';
  let best = 0;
  for (let k = i; k < cells.length && k < i + LEVEL_PIECES && piece(cells[k]) && !whole(cells[k]!.text); k++) {
    text += cells[k]!.text;
    if (k === i) continue;
    if (whole(text)) return k - i + 1;
    // A stem alone (产出) is a label, which the pieces after it may still complete (产出 | 指标).
    if (isLevel1(text, labels)) best = k - i + 1;
  }
  return best;
}
