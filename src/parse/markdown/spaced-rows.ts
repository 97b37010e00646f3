// Page text whose table lost its markup: a site's page stored as text, a sheet saved as text, copied PDF text. Each
// line printed one table row with its cells separated by white space, so the lines from the first one that holds
// two cells on are read as rows of such cells. Only for a document in which nothing else is a table: white space
// also separates words in prose and wrapped labels, and a table with markup is always the better reading.
import type { Block, Cell } from '../grid.ts';
import { readMarkdownText } from './markdown-text.ts';
import { padRows } from './tab-rows.ts';

/** A run of text between white space (full-width spaces and NBSP included). */
const WORD = /[^\s\u3000\u00a0]+/gu;
/** A space after a comma is prose spacing (after a full stop it is as often a cell's end), and between two Latin words
 *  a word space. */
const PROSE_PAUSE = /[,，、;；]/u;
const LATIN = /[A-Za-z]/u;
/** A markdown heading is the page's heading, never a row. */
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/u;
/** A line of HTML (a comment, a tag) is markup, never a row. */
const MARKUP_LINE = /^\s*</u;
/** A table has a few rows: fewer lines of two cells or more are prose that happens to hold a space. */
const MIN_ROWS = 3;
/** At least this share of the lines from the first row on must hold two cells or more. */
const ROW_SHARE = 0.4;
/** More than this share of lines with a pipe and the page is a pipe export, which this reader does not read. */
const PIPE_SHARE = 0.2;
/** More cells than any form prints in a row. */
const MAX_CELLS = 64;
/** A cell that is a label waiting for its value (`其中:`, `预算单位:`): it and the next cell are one cell. */
const OPEN_LABEL = /[:：]/u;

/** A figure as a cell prints it: 8.408, 100.00%, 1,125. */
const FIGURE = /^[-+]?\d[\d,]*(?:\.\d+)?%?$/u;
/** A cell with a bracket still open (`数量( ≥**个 )`): a space inside brackets is no cell gap. */
const OPENS = /[(（[【]/gu;
const CLOSES = /[)）\]】]/gu;
/** The word a level label ends with, alone on a line when the label wrapped in its cell. */
const LEVEL_WORD = /^(?:指标|目标)$/u;
/** The head of a wrapped level label: a few Chinese words (项目完成, 可持续影响). */
const WRAPPED_LABEL = /^\p{Script=Han}{2,8}$/u;
/** Brackets a word opens less those it closes. */
const depthOf = (word: string) => (word.match(OPENS)?.length ?? 0) - (word.match(CLOSES)?.length ?? 0);

/** The cells of one line with their 1-based columns: split at white space, a trailing colon joining its cell to the
 *  next. */
export function spacedCells(line: string): { text: string; column: number }[] {
  if (ATX_HEADING.test(line) || MARKUP_LINE.test(line)) return [];
  const out: { text: string; column: number }[] = [];
  // Each test looks at the last character and a running bracket count only: a line of many words stays linear.
  let depth = 0;
  let end = '';
  for (const m of line.matchAll(WORD)) {
    const p = m[0];
    const last = out.at(-1);
    if (last !== undefined && depth > 0) last.text += ` ${p}`;
    else if (last !== undefined && OPEN_LABEL.test(end) && !FIGURE.test(p)) last.text += p;
    else if (last !== undefined && (PROSE_PAUSE.test(end) || (LATIN.test(end) && LATIN.test(p[0]!)))) last.text += ` ${p}`;
    else {
      out.push({ text: p, column: m.index + 1 });
      depth = 0;
    }
    depth = Math.max(0, depth + depthOf(p));
    end = p.at(-1)!;
  }
  // No form has this many columns: a line of so many words is text, one cell.
  if (out.length > MAX_CELLS) return [{ text: line.trim(), column: out[0]!.column }];
  return out;
}

/**
 * The document's blocks with the lines from the first one of two or more cells on read as one table; the blocks
 * before that line are kept. Null when no line has two cells.
 */
export function spacedTable(blocks: readonly Block[], lines: readonly string[]): Block[] | null {
  const split = lines.map(spacedCells);
  const start = split.findIndex((cells) => cells.length >= 2);
  if (start < 0) return null;
  // A page that prints one cell a line (the rows are gone, not their cells) is not read this way.
  const filled = lines.slice(start).filter((l) => l.trim() !== '');
  // Pipes are cell borders of another export (a cell a line, each ending in ` |`): not cells split by spaces.
  if (filled.filter((l) => l.includes('|')).length > PIPE_SHARE * filled.length) return null;
  const rowLines = split.slice(start).filter((cells) => cells.length >= 2).length;
  if (rowLines < MIN_ROWS || rowLines < ROW_SHARE * filled.length) return null;
  const kept: Array<{ text: string; column: number; line: number }[]> = [];
  split.forEach((cells, i) => {
    if (i < start || cells.length === 0) return;
    const last = kept.at(-1)?.at(-1);
    // A level label wrapped in its cell (项目完成 / 指标): the line holding only its last word completes it.
    if (cells.length === 1 && LEVEL_WORD.test(cells[0]!.text) && last && WRAPPED_LABEL.test(last.text)) last.text += cells[0]!.text;
    else kept.push(cells.map((c) => ({ ...c, line: i + 1 })));
  });
  const rows: Cell[][] = kept.map((cells) =>
    cells.map(({ text, column, line }) => {
      const loc = { line, column };
      return { ...readMarkdownText(text, loc), rowSpan: 1, colSpan: 1, origin: 'markup' as const, loc };
    }),
  );
  const before = blocks.filter((b) => (b.kind === 'table' ? b.grid.loc.line : b.loc.line)! <= start);
  return [...before, { kind: 'table', grid: { rows: padRows(rows), loc: { line: start + 1, column: 1 }, joins: [] } }];
}
