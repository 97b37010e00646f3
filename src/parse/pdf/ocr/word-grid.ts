// A table without borders, built from OCR word boxes: columns anchored by the header labels and cut where the body's
// words leave a gap, rows started by the row-start column (任务N / 指标N, else every line of the first column) and
// ended in the widest blank band before the next start. The result is a set of virtual borders, so a borderless scan
// reaches the same ruled-table grid builder as a ruled one.
import { NOTE_LINE, opensWithTableLabel, startsRow } from '../../shared/markers.ts';
import { OCR } from '../settings.ts';
import type { OcrWord } from './tesseract-tsv.ts';
import { opensRow } from './garbled-marker.ts';
import { levelSpans, type RowSpan } from './word-spans.ts';
import { blankCut, gutters, lineGutters, type InkColumns } from './word-gutters.ts';
import { linePieces, markerPieces, median, textLines, textOf, x1Of, type Line, type Span } from './word-lines.ts';
import { markerColumn, PIECE_GAP, rowEdges } from './word-rows.ts';

export type { InkColumns } from './word-gutters.ts';
export { textLines } from './word-lines.ts';

/**
 * One table in page pixels: column edges left to right and row edges top to bottom, outer frame included; `joins`
 * are the column edges a row's text runs across (xs[edge] left out in row `row`: a cell spanning columns).
 */
export type WordTable = { xs: number[]; ys: number[]; spans?: RowSpan[]; joins?: { row: number; edge: number }[] };

/** Labels that head a column in this family; a line holding two or more of them is a header. */
export const HEADER_LABELS = [
  '序号',
  '名称',
  '项目名称',
  '任务名称',
  '主要实施内容',
  '实施内容',
  '拟投入的资金',
  '投入资金',
  '预算金额',
  '期望达到的目标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '指标名称',
  '目标值',
  '分值',
  '权重',
  '备注',
] as const;
/**
 * Header words further apart than this × the header's line height are two column labels, closer ones one label:
 * letter spacing inside a label is a few pixels, and two labels can stand 15 px apart at 200 dpi (拟投入的资|期望).
 */
const LABEL_GAP = 0.5;
/** A label line starting within this × line height above the header line belongs to it (拟投入的资 set higher). */
const HEADER_WRAP = 0.8;
/**
 * A label wrapped over three or more lines in one column while its neighbours take one (拟投入的 / 资金(万 / 元) beside
 * 名称) starts two lines above the header line: lines stacked above it with less than this × line height of blank
 * between them are the header's, when one of them holds a label. Lines of one paragraph touch; a row above the
 * header stands more than a line height clear (measured 0.2 within the label, 1.3 to the text above, 300 dpi).
 */
const HEADER_STACK_GAP = 0.5;
/** A stacked label line holds narrow columns' pieces (拟投入的: 4 characters); a wider piece is a row of the block above. */
const HEADER_STACK_WIDTH = 8;
/** A line starting within this × line height below the header line is the header wrapped (金(万元)). */
const HEADER_WRAP_OFFSET = 1.2;
/** A line holding a header label belongs to the header this far below it (× line height). */
const HEADER_LABEL_OFFSET = 1.8;
/** A label wrapped at the cell edge keeps at least this many of its first characters on the line (拟投入的资). */
const WRAPPED_PREFIX = 4;
/** A vertical blank this many × the median line height ends the table. */
const TABLE_END_GAP = 4;
/** A blank this many × line height wide, left of the first header label, parts off an unnamed leading column. */
const LEAD_GUTTER = 1;
/** Frame margin around the body's ink, × median line height. */
const FRAME_PAD = 0.3;
/** A table without a header needs this many rows marked 任务N / 指标N at one x. */
const MIN_MARKED_ROWS = 2;
/** Row markers of one column start within this × line height of each other (deskewed scan, OCR box jitter). */
const MARKER_ALIGN = 1;
/** A line above the first marked row with ink from the markers' x to this × line height right of it is no row. */
const MARKER_REACH = 3;
/**
 * Tables found from word boxes, top to bottom: the form's opening key/value block (部门名称 …, see labelBlock), one
 * per line carrying two header labels, and one from the rows' markers above the first such line (a page continuing a
 * table). `ink`, when given, places the column edges.
 */
export function wordTables(words: readonly OcrWord[], ink?: InkColumns): WordTable[] {
  const lines = textLines(words);
  if (lines.length === 0) return [];
  const lineHeight = median(lines.map((l) => l.s1 - l.s0));
  const headers = lines.map((l, i) => (labelCount(textOf(l.words)) >= 2 ? i : -1)).filter((i) => i >= 0);
  const tables: WordTable[] = [];
  // A page continuing a table from the page before has no header of its own: its rows, before any header, by their markers.
  const continued = markedTable(lines.slice(0, headers[0] ?? lines.length), lineHeight, ink);
  if (continued) tables.push(continued);
  let prevEnd = 0;
  for (const [k, h0] of headers.entries()) {
    const next = headers[k + 1] ?? lines.length;
    // Another label line just above, overlapping or close (拟投入的资 set higher than 名称), belongs to the header.
    let h = h0;
    while (h - 1 >= prevEnd && lines[h0]!.s0 - lines[h - 1]!.s0 < HEADER_WRAP * lineHeight && hasLabel(lines[h - 1]!)) h--;
    h = stackedLabelTop(lines, h, prevEnd, lineHeight);
    // The header may wrap onto the next line(s).
    let headEnd = h + 1;
    const below = (l: Line) => l.s0 - lines[h0]!.s0;
    // A label centred in a two-line header (名称) sits a line lower; other wrapped header text closer still.
    while (
      headEnd < next &&
      !hasStart(lines[headEnd]!) &&
      (below(lines[headEnd]!) < HEADER_WRAP_OFFSET * lineHeight || (below(lines[headEnd]!) < HEADER_LABEL_OFFSET * lineHeight && hasLabel(lines[headEnd]!)))
    )
      headEnd++;
    const head = lines.slice(h, headEnd);
    let end = headEnd;
    while (end < next && lines[end]!.s0 - lines[end - 1]!.s1 < TABLE_END_GAP * lineHeight && !NOTE_LINE.test(textOf(lines[end]!.words))) end++;
    const body = lines.slice(headEnd, end);
    prevEnd = end;
    const t = buildTable(head, body, lineHeight, ink);
    if (t) tables.push(t);
  }
  // The 部门名称 / 基本信息 block above the first table (or on a page without one): its own key/value table, kept
  // OCR.blockSeparation line heights clear of the table below (frames closer than a ruling's snap are one grid).
  const next = tables.reduce<WordTable | undefined>((m, t) => (!m || t.ys[0]! < m.ys[0]! ? t : m), undefined);
  const firstTop = next?.ys[0] ?? Infinity;
  const block = labelBlock(
    lines.filter((l) => l.s1 <= firstTop),
    lineHeight,
    ink,
  );
  if (!block) return tables;
  const clear = OCR.blockSeparation * lineHeight;
  if (next && block.ys.at(-1)! > firstTop - clear) {
    // Both frames drawn tight round their lines (bands, not the boxes of a stray tall glyph), a pixel out.
    block.ys[block.ys.length - 1] = Math.round(block.inkBottom + 1);
    next.ys[0] = Math.round(Math.min(next.ys[1]! - 1, firstTop + FRAME_PAD * lineHeight - 1));
    if (block.ys.at(-1)! > next.ys[0]! - clear || block.ys.at(-1)! <= block.ys.at(-2)!) return tables;
  }
  const { inkBottom: _, ...t } = block;
  return [t, ...tables];
}

/**
 * The key/value block a form opens with (部门名称 | name, 基本信息 | 财政供养人员数 | 302 | 下属二级单位数 | 17, …,
 * 总体绩效目标 | the goal), which holds no two header labels: from the first line opening with a form label
 * (TABLE_LABELS) down to a blank of TABLE_END_GAP, a note or a row marker. Columns are cut in the gutters of the lines that keep
 * to their columns (none piece wider than OCR.blockSpanShare of the block); a row starts at each line with text in
 * the column most lines fill (the keys), the lines between going to the nearer row as in a marked table (a label
 * wrapped over two lines beside one value). A row whose ink runs across an edge spans the columns there.
 */
function labelBlock(lines: readonly Line[], lineHeight: number, ink?: InkColumns): (WordTable & { inkBottom: number }) | undefined {
  const gap = PIECE_GAP * lineHeight;
  const first = lines.findIndex((l) => {
    const p = linePieces(l.words, gap)[0];
    return p !== undefined && opensWithTableLabel(textOf(p));
  });
  if (first < 0) return undefined;
  let end = first + 1;
  // A row marker (任务N, 指标N) ends it: a page continuing a table repeats the 部门名称 line above its rows.
  const marked = (l: Line) => markerPieces(l.words, gap).some((p) => opensRow(textOf(p)));
  while (
    end < lines.length &&
    lines[end]!.s0 - lines[end - 1]!.s1 < TABLE_END_GAP * lineHeight &&
    !NOTE_LINE.test(textOf(lines[end]!.words)) &&
    !marked(lines[end]!)
  )
    end++;
  const body = lines.slice(first, end);
  if (body.length < OCR.blockRows) return undefined;
  const pad = FRAME_PAD * lineHeight;
  const all = body.flatMap((l) => l.words);
  const left = Math.min(...all.map((w) => w.left)) - pad;
  const right = Math.max(...all.map(x1Of)) + pad;
  const width = (p: readonly OcrWord[]) => Math.max(...p.map(x1Of)) - Math.min(...p.map((w) => w.left));
  const kept = body.filter((l) => linePieces(l.words, gap).every((p) => width(p) <= OCR.blockSpanShare * (right - left)));
  // A column fewer than OCR.blockColumnLines of the lines keeping to the columns fill is a blank cut up by a
  // stray word or speck of noise: merged into its neighbour.
  let xs = [left, ...lineGutters(kept, left, right, lineHeight, ink, OCR.blockGutterCrossings, OCR.blockColumnLines), right].map(Math.round);
  const fills = (x0: number, x1: number) => linesWithText(kept, x0, x1) >= OCR.blockColumnLines;
  for (let c = 0; c + 1 < xs.length && xs.length > 2; ) {
    if (fills(xs[c]!, xs[c + 1]!)) c++;
    else xs = xs.filter((_, i) => i !== (c + 1 < xs.length - 1 ? c + 1 : c));
  }
  if (xs.length < 3) return undefined;
  const filled = xs.slice(1).map((x1, c) => body.filter((l) => l.words.some((w) => centreX(w) >= xs[c]! && centreX(w) < x1)).length);
  const keys = filled.indexOf(Math.max(...filled));
  const ys = rowEdges([], body, xs, pad, keys).map(Math.round);
  if (ys.length - 1 < OCR.blockRows) return undefined;
  const joins: { row: number; edge: number }[] = [];
  for (let row = 0; row + 1 < ys.length; row++) {
    const inRow = body.filter((l) => (l.s0 + l.s1) / 2 >= ys[row]! && (l.s0 + l.s1) / 2 < ys[row + 1]!);
    for (let edge = 1; edge + 1 < xs.length; edge++) {
      const x = xs[edge]!;
      const crossed = inRow.some((l) => boxGap(x, l) === 0 || (ink ? inkGap(ink, x, l, lineHeight) : boxGap(x, l)) < OCR.blockJoinGap * lineHeight);
      if (crossed) joins.push({ row, edge });
    }
  }
  return { xs, ys, ...(joins.length ? { joins } : {}), inkBottom: Math.max(...body.map((l) => l.s1)) };
}

const centreX = (w: OcrWord) => w.left + w.width / 2;

/** The blank a line's word boxes leave around x (0 when a box reaches across it). */
function boxGap(x: number, l: Line): number {
  if (l.words.some((w) => w.left < x && x1Of(w) > x)) return 0;
  const before = Math.max(-Infinity, ...l.words.filter((w) => x1Of(w) <= x).map(x1Of));
  const after = Math.min(Infinity, ...l.words.filter((w) => w.left >= x).map((w) => w.left));
  return after - before;
}

/** The blank a line's ink leaves around x (from its last inked pixel column left of x to its first from x on), up to a line height each way. */
function inkGap(ink: InkColumns, x: number, l: Line, lineHeight: number): number {
  const reach = Math.ceil(lineHeight);
  const seen = ink(x - reach, x + reach, l.s0, l.s1);
  let a = reach - 1;
  while (a >= 0 && !seen[a]) a--;
  let b = reach;
  while (b < seen.length && !seen[b]) b++;
  return a < 0 || b >= seen.length ? Infinity : b - a - 1;
}

/**
 * A table without a header line (a page continuing one): at least MIN_MARKED_ROWS lines whose text, split where
 * words stand apart, holds a row marker (任务N, 指标N) starting at one x. Upwards it takes the lines that put no
 * ink where the markers stand (a centred cell of the first row begins above its marker; the page's 部门名称 line
 * does not), down to a blank of TABLE_END_GAP or a note. Columns are cut in the gutters no body line crosses.
 */
function markedTable(lines: readonly Line[], lineHeight: number, ink?: InkColumns): WordTable | undefined {
  const gap = PIECE_GAP * lineHeight;
  const markerAt = lines.map((l) => markerPieces(l.words, gap).find((p) => opensRow(textOf(p)))?.[0]?.left);
  const marked = markerAt.flatMap((x, i) => (x === undefined ? [] : [i]));
  if (marked.length < MIN_MARKED_ROWS) return undefined;
  const x = median(marked.map((i) => markerAt[i]!));
  const rows = marked.filter((i) => Math.abs(markerAt[i]! - x) <= MARKER_ALIGN * lineHeight);
  if (rows.length < MIN_MARKED_ROWS) return undefined;
  const inMarkerColumn = (l: Line) => l.words.some((w) => w.left < x + MARKER_REACH * lineHeight && x1Of(w) > x - MARKER_ALIGN * lineHeight);
  let top = rows[0]!;
  while (top > 0 && !inMarkerColumn(lines[top - 1]!) && !hasLabel(lines[top - 1]!) && lines[top]!.s0 - lines[top - 1]!.s1 < TABLE_END_GAP * lineHeight) top--;
  let end = rows.at(-1)! + 1;
  while (end < lines.length && lines[end]!.s0 - lines[end - 1]!.s1 < TABLE_END_GAP * lineHeight && !NOTE_LINE.test(textOf(lines[end]!.words))) end++;
  const body = lines.slice(top, end);
  const pad = FRAME_PAD * lineHeight;
  const all = body.flatMap((l) => l.words);
  const left = Math.min(...all.map((w) => w.left)) - pad;
  const right = Math.max(...all.map(x1Of)) + pad;
  const cuts = gutters(body, left, right, lineHeight, ink);
  // Right of the markers every row fills its cells: a column there with ink on one line is a speck or a stray word.
  const linesIn = (x0: number, x1: number) => body.filter((l) => l.words.some((w) => w.left + w.width / 2 >= x0 && w.left + w.width / 2 < x1)).length;
  const kept = cuts.filter((c, i) => c < x || linesIn(c, cuts[i + 1] ?? right) >= MIN_MARKED_ROWS);
  const xs = [left, ...kept, right].map(Math.round);
  if (xs.length < 3) return undefined;
  return withSpans({ xs, ys: rowEdges([], body, xs, pad).map(Math.round) }, body, 0, lineHeight);
}

/** The first line of a label stacked above lines[h] (see HEADER_STACK_GAP), or h when there is none. */
function stackedLabelTop(lines: readonly Line[], h: number, prevEnd: number, lineHeight: number): number {
  let top = h;
  let labelled = false;
  for (let i = h - 1; i >= prevEnd; i--) {
    const l = lines[i]!;
    // Each piece narrow: two stacked labels of different columns share a line (年度重点 … 拟投入的).
    const width = Math.max(...linePieces(l.words, PIECE_GAP * lineHeight).map((p) => Math.max(...p.map(x1Of)) - Math.min(...p.map((w) => w.left))));
    if (lines[i + 1]!.s0 - l.s1 >= HEADER_STACK_GAP * lineHeight || width > HEADER_STACK_WIDTH * lineHeight || hasStart(l) || NOTE_LINE.test(textOf(l.words)))
      break;
    if (hasLabel(l)) {
      labelled = true;
      top = i;
    }
  }
  return labelled ? top : h;
}

function buildTable(head: Line[], body: Line[], lineHeight: number, ink?: InkColumns): WordTable | undefined {
  if (body.length === 0) return undefined;
  const anchors = headerAnchors(head, lineHeight);
  if (anchors.length < 2) return undefined;
  const all = [...head, ...body].flatMap((l) => l.words);
  const pad = FRAME_PAD * lineHeight;
  const left = Math.min(...all.map((w) => w.left)) - pad;
  const right = Math.max(...all.map(x1Of)) + pad;
  const inner = anchors.slice(1).map((a, i) => blankCut(body, anchors[i]!.x1, a.x0, lineHeight, ink) ?? cut(body, anchors[i]!.x1, a.x0));
  const lead = leadingCut(body, left, anchors[0]!.x0, lineHeight);
  const xs = [left, ...(lead === undefined ? [] : [lead]), ...inner, right].map(Math.round);
  const starts = rowStartColumns(body, xs);
  const ys = rowEdges(head, body, xs, pad, starts.rows, true).map(Math.round);
  return withSpans({ xs, ys }, body, 1, lineHeight, starts.labelsBefore);
}

/** How many lines hold a letter or digit (not a speck of noise) whose word's middle stands between x0 and x1. */
const linesWithText = (lines: readonly Line[], x0: number, x1: number) =>
  lines.filter((l) => l.words.some((w) => /[\p{L}\p{N}]/u.test(w.text) && centreX(w) >= x0 && centreX(w) < x1)).length;

/**
 * The column whose lines start the rows: the first, unless it holds text on fewer than half the lines the fullest
 * column does (一级 labels centred over their groups, one per several rows); then the rightmost column nearly as full
 * as the fullest (a value column: one line a row, never wrapped).
 */
function rowStartColumns(body: readonly Line[], xs: number[]): { rows: number; labelsBefore?: number } {
  const filled = xs.slice(1).map((x1, c) => linesWithText(body, xs[c]!, x1));
  const most = Math.max(...filled);
  if (filled[0]! * 2 >= most) return { rows: 0 };
  const full = filled.flatMap((n, c) => (n >= most * OCR.rowStartFill ? [c] : []));
  // The sparse columns left of the first full one hold the group labels merged over their rows.
  return { rows: full.at(-1) ?? 0, labelsBefore: full[0] };
}

/**
 * A column left of the first header label that the header does not name (年度重点工作任务 centred down the table's
 * left edge, beside the 名称 column): body ink left of the first label, then a blank at least LEAD_GUTTER line
 * heights wide that no body line crosses, before the first label. The edge goes in the middle of that blank.
 */
function leadingCut(body: readonly Line[], left: number, firstLabel: number, lineHeight: number): number | undefined {
  const a = Math.floor(left);
  const n = Math.max(0, Math.ceil(firstLabel) - a);
  const ink = new Uint8Array(n);
  for (const w of body.flatMap((l) => l.words)) for (let x = Math.max(a, w.left); x < Math.min(a + n, x1Of(w)); x++) ink[x - a] = 1;
  let best: Span | undefined;
  let seenInk = false;
  for (let i = 0; i < n; ) {
    if (ink[i]) {
      seenInk = true;
      i++;
      continue;
    }
    let j = i;
    while (j < n && !ink[j]) j++;
    if (seenInk && j - i >= LEAD_GUTTER * lineHeight && (!best || j - i > best.x1 - best.x0)) best = { x0: a + i, x1: a + j };
    i = j;
  }
  return best && (best.x0 + best.x1) / 2;
}

/**
 * Column anchors from the header lines: each known label (or a 4-character start of one, wrapped) is an anchor;
 * other header words join the label beside them on their line, or an anchor they overlap from another line
 * (金(万元) under 拟投入的资), or else stand as an unknown column's label.
 */
function headerAnchors(head: readonly Line[], lineHeight: number): Span[] {
  const spans: Span[] = [];
  const rest: { line: number; w: OcrWord }[] = [];
  const lineSpans: Span[][] = head.map(() => []);
  head.forEach((l, li) => {
    const ws = [...l.words].sort((a, b) => a.left - b.left);
    // Chinese words are mostly single characters: the char → word map is the word list, expanded.
    const chars = ws.flatMap((w) => [...w.text.replace(/\s+/g, '')].map(() => w));
    const text = ws.map((w) => w.text.replace(/\s+/g, '')).join('');
    const used = new Set<OcrWord>();
    for (let i = 0; i < chars.length; ) {
      const n = labelAt(text, i);
      if (n === 0) {
        i++;
        continue;
      }
      const part = chars.slice(i, i + n);
      part.forEach((w) => used.add(w));
      lineSpans[li]!.push({ x0: Math.min(...part.map((w) => w.left)), x1: Math.max(...part.map(x1Of)) });
      i += n;
    }
    for (const w of ws) if (!used.has(w)) rest.push({ line: li, w });
  });
  for (const { line, w } of rest) {
    const same = lineSpans[line]!.find((s) => w.left - s.x1 < LABEL_GAP * lineHeight && s.x0 - x1Of(w) < LABEL_GAP * lineHeight);
    if (same) {
      same.x0 = Math.min(same.x0, w.left);
      same.x1 = Math.max(same.x1, x1Of(w));
    } else lineSpans[line]!.push({ x0: w.left, x1: x1Of(w) });
  }
  // Within a line, unknown words next to each other are one label; across lines, overlapping spans are one column.
  for (const s of lineSpans.flat().sort((a, b) => a.x0 - b.x0)) {
    const last = spans.at(-1);
    if (last && s.x0 < last.x1) last.x1 = Math.max(last.x1, s.x1);
    else spans.push({ ...s });
  }
  return spans;
}

/** Length of the header label starting at text[i] (a label or, for long ones, its first 4 characters), 0 if none. */
function labelAt(text: string, i: number): number {
  return labelMatch(text, i)?.n ?? 0;
}

/** The header label starting at text[i], whole or by its first WRAPPED_PREFIX or more characters, and how many it took. */
function labelMatch(text: string, i: number): { label: string; n: number } | undefined {
  let best: { label: string; n: number } | undefined;
  for (const l of HEADER_LABELS) {
    let n = 0;
    if (text.startsWith(l, i)) n = l.length;
    else if (l.length > WRAPPED_PREFIX) {
      while (n < l.length && text[i + n] === l[n]) n++;
      if (n < WRAPPED_PREFIX) n = 0;
    }
    if (n > (best?.n ?? 0)) best = { label: l, n };
  }
  return best;
}

/**
 * The column edge between two header anchors: the x in (from, to) that the fewest body lines put ink on, the
 * middle of the widest such stretch (a row whose text runs across the gap only raises the count there by one).
 */
function cut(body: readonly Line[], from: number, to: number): number {
  const a = Math.floor(Math.min(from, to));
  const b = Math.ceil(Math.max(from, to));
  const count = new Int32Array(b - a + 1);
  for (const l of body) {
    const hit = new Uint8Array(b - a + 1);
    for (const w of l.words) for (let x = Math.max(a, w.left); x < Math.min(b + 1, x1Of(w)); x++) hit[x - a] = 1;
    for (let i = 0; i < hit.length; i++) count[i]! += hit[i]!;
  }
  const min = Math.min(...count);
  let best = { start: a, len: 0 };
  for (let i = 0; i < count.length; ) {
    if (count[i] !== min) {
      i++;
      continue;
    }
    let j = i;
    while (j < count.length && count[j] === min) j++;
    if (j - i > best.len) best = { start: a + i, len: j - i };
    i = j;
  }
  return best.start + best.len / 2;
}

/**
 * The table with the merged cells of its group labels (word-spans.ts), left of the column holding the row markers
 * (or, in a table without markers, left of the first column that holds text on nearly every row: `labelsBefore`).
 */
function withSpans(t: WordTable, body: Line[], firstBody: number, lineHeight: number, labelsBefore?: number): WordTable {
  const markerCol = markerColumn(body, t.xs) ?? labelsBefore;
  if (markerCol === undefined || markerCol === 0) return t;
  const spans = levelSpans(
    body.flatMap((l) => l.words),
    t.xs,
    t.ys,
    firstBody,
    markerCol,
    lineHeight,
  );
  return spans.length ? { ...t, spans } : t;
}

const hasLabel = (l: Line) => {
  const t = textOf(l.words);
  return [...t].some((_, i) => labelAt(t, i) > 0);
};

const hasStart = (l: Line) => startsRow(textOf(l.words));

/**
 * How many distinct header labels a line's text holds, read left to right, the longest label at each place (a label
 * inside a longer one counts once). A label wrapped at its cell's edge counts by its first WRAPPED_PREFIX or more
 * characters (工作任务名称 | 主要实施 | 期望达到的, the first line of a header whose labels all wrap).
 */
export function labelCount(text: string): number {
  const found = new Set<string>();
  for (let i = 0; i < text.length; ) {
    const m = labelMatch(text, i);
    if (!m) {
      i++;
      continue;
    }
    found.add(m.label);
    i += m.n;
  }
  return found.size;
}
