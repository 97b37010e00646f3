// Markdown (OCR output, MinerU output, GFM) → blocks. remark finds the block structure, or, for plain text exports
// that use nothing beyond ATX headings, paragraphs, HTML blocks and lists, a line scan that gives the same blocks
// (line-blocks.ts). Cells are read from the source lines themselves, because remark's inline parse eats `*` and
// `\` inside formulas.
import type { Root, RootContent, Table } from 'mdast';
import type { Block, Cell, Parser } from '../grid.ts';
import { InputError } from '../grid.ts';
import { readMarkdownText } from './markdown-text.ts';
import { joinContinuations } from '../shared/continuation.ts';
import { htmlToBlocks } from '../html/index.ts';
import { joinBrokenRows, padRows, PIPE_ROW, pipeEnd, pipeRow, tabRow } from './tab-rows.ts';
import { scanLineBlocks, type LineSpan } from './line-blocks.ts';
import { checkMarkdownNesting } from './caps.ts';
import { spacedTable } from './spaced-rows.ts';

type Processor = { parse(text: string): unknown };
let plain: Promise<Processor> | undefined;
let withGfm: Promise<Processor> | undefined;
/** remark, loaded on the first document that needs it; GFM only for documents with a delimiter row. */
function remark(gfm: boolean): Promise<Processor> {
  if (!gfm) return (plain ??= Promise.all([import('unified'), import('remark-parse')]).then(([{ unified }, { default: parse }]) => unified().use(parse)));
  return (withGfm ??= Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')]).then(
    ([{ unified }, { default: parse }, { default: gfmPlugin }]) => unified().use(parse).use(gfmPlugin),
  ));
}
/** A paragraph of pipe rows with a few lines that are not: this many rows of two cells, this share of piped lines. */
const MIN_PIPE_ROWS = 3;
const PIPE_SHARE = 0.8;
/** A line of this many words keeps them (Block.words): a table's row flattened into a line may be what it is. */
const KEPT_WORDS = 2;
/** An ATX heading's opening line. */
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A GFM delimiter row (| --- | :-: |): only then is the slower GFM grammar worth running. */
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^ {0,3}\|\s*:?-+:?\s*\|?\s*$/m;

export const markdownParser: Parser = {
  format: 'markdown',
  // Markdown has no signature: it is what a text file is when no other parser claims it.
  sniff: () => true,
  async parse(input) {
    if (input.text === undefined) throw new InputError(`${input.path}: not decoded as text`, 'not-text');
    checkMarkdownNesting(input.text, input.path);
    const blocks = joinContinuations(await markdownBlocks(input.text));
    return { source: { path: input.path, sha256: input.sha256, format: 'markdown', pages: null, encoding: input.encoding }, blocks, warnings: [] };
  },
};

/** Blocks of a markdown string in reading order; `viaRemark` forces the syntax tree (to compare with the line scan). */
export async function markdownBlocks(text: string, options: { viaRemark?: boolean } = {}): Promise<Block[]> {
  const lines = text.split(/\r?\n/);
  const gfm = DELIMITER_ROW.test(text);
  const spans = gfm || options.viaRemark ? null : scanLineBlocks(text, lines);
  const blocks: Block[] = [];
  if (spans) for (const span of spans) blocks.push(...(await spanBlocks(span, lines)));
  else {
    const tree = (await remark(gfm)).parse(text) as Root;
    for (const node of tree.children) blocks.push(...(await nodeBlocks(node, lines)));
  }
  if (blocks.some((b) => b.kind === 'table')) return blocks;
  return spacedTable(blocks, lines) ?? blocks;
}

async function nodeBlocks(node: RootContent, lines: string[]): Promise<Block[]> {
  if (node.type === 'table') return [gfmTable(node, lines)];
  const start = node.position?.start.line ?? 1;
  const end = node.position?.end.line ?? start;
  // A line of `=` or `-` under text is a setext heading to markdown, but in a text export it is a cell (the operator
  // =, a placeholder -): only an ATX heading is a heading here, and the lines stay lines.
  const atx = node.type === 'heading' && ATX.test(lines[start - 1] ?? '');
  return spanBlocks({ type: atx ? 'heading' : 'paragraph', start, end }, lines);
}

/** Blocks of one top-level block that is not a GFM table: a heading, tab-separated rows, embedded HTML, or text lines. */
async function spanBlocks(span: LineSpan, lines: string[]): Promise<Block[]> {
  const { start, end } = span;
  const source = lines.slice(start - 1, end);
  if (span.type === 'heading') {
    const { text } = readMarkdownText(
      source
        .join('\n')
        .replace(/^\s{0,3}#{1,6}\s*/, '')
        .replace(/\s#+\s*$/, ''),
      { line: start },
    );
    return text ? [{ kind: 'heading', text, loc: { line: start, column: 1 } }] : [];
  }
  const joined = source.join('\n');
  if (/<table\b/i.test(joined)) return htmlToBlocks(joined, { fragment: true, lineOffset: start - 1 });
  if (source.some((l) => l.includes('\t'))) {
    const rows = source
      .map((l, i) => [l, start + i] as const)
      .filter(([l]) => l.trim() !== '')
      .map(([l, n]) => tabRow(l, n));
    return [{ kind: 'table', grid: { rows: joinBrokenRows(rows), loc: { line: start, column: 1 }, joins: [] } }];
  }
  const filled = source.map((l, i) => [l, start + i] as const).filter(([l]) => l.trim() !== '');
  // Pipe rows as a site's text export prints them: a row of one cell ends in its pipe (`资金情况 (万元) |`); at
  // least two rows hold two cells with text, or the lines are one cell each and no table. A page cut short may end
  // in a line without its pipe: a few such lines are one-cell rows.
  const piped = filled.map(([l, n]) => (PIPE_ROW.test(l) ? pipeRow(l, n) : null));
  const multi = piped.filter((cells) => cells && cells.filter((c) => c.text !== '').length >= 2).length;
  const pipeLines = filled.filter(([l], k) => piped[k] || pipeEnd(l)).length;
  // A line holding a pipe alone is a row broken where a merged cell ended (a page's table text, 永德): the lines are
  // not the table's rows, so they stay lines and the normalizer rebuilds the rows from the cells in order.
  const brokenAtMerges = filled.some(([l]) => l.trim() === '|');
  if (
    !brokenAtMerges &&
    filled.length >= 2 &&
    multi >= 2 &&
    (pipeLines === filled.length || (multi >= MIN_PIPE_ROWS && pipeLines >= PIPE_SHARE * filled.length))
  ) {
    const rows = filled.map(([l, n], k) => piped[k] ?? pipeRow(l, n));
    return [{ kind: 'table', grid: { rows: padRows(rows), loc: { line: start, column: 1 }, joins: [] } }];
  }
  return source.flatMap((l, i): Block[] => {
    const loc = { line: start + i, column: 1 };
    const { text } = readMarkdownText(l, loc);
    if (!text) return [];
    const words = [...l.matchAll(/\S+/gu)];
    if (words.length < KEPT_WORDS) return [{ kind: 'text', text, loc }];
    const read = words.map((w) => ({ text: readMarkdownText(w[0], loc).text, column: w.index + 1 }));
    return [{ kind: 'text', text, loc, words: read.filter((w) => w.text !== '') }];
  });
}

/** A GFM pipe table; each cell's text is sliced from the source so that `$…$` and `*` survive. */
function gfmTable(node: Table, lines: string[]): Block {
  const rows: Cell[][] = node.children.map((row) =>
    row.children.map((cell) => {
      const s = cell.position!.start;
      const e = cell.position!.end;
      const raw = s.line === e.line ? lines[s.line - 1]!.slice(s.column - 1, e.column - 1) : cellText(cell);
      const loc = { line: s.line, column: s.column };
      const { text, math } = readMarkdownText(raw.replace(/^\|/, '').replace(/\|$/, '').replace(/\\\|/g, '|'), loc);
      return { text, math, rowSpan: 1, colSpan: 1, origin: 'markup', loc };
    }),
  );
  return { kind: 'table', grid: { rows, loc: { line: node.position?.start.line ?? 1, column: 1 }, joins: [] } };
}

function cellText(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => cellText(c as { children?: unknown[]; value?: unknown })).join('');
}
