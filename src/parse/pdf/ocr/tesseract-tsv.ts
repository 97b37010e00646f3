// Tesseract's TSV output → words with pixel boxes, and words → runs of touching characters.
// chi_sim reports Chinese mostly one character per "word"; a cell's text is a run of touching words.
import type { OcrReading } from '../../grid.ts';

/** One word row (level 5) of tesseract's TSV, in image pixels. */
export type OcrWord = {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  /** Image number (1-based) when tesseract read a list of images: words of different images never merge. */
  page: number;
  block: number;
  par: number;
  line: number;
  word: number;
  /** Set by the second pass on the one word it makes of a re-read value cell. */
  readings?: OcrReading[];
};

/** A merged run of words, in image pixels (right/bottom exclusive, as tesseract's left+width). */
export type OcrRun = { text: string; x0: number; y0: number; x1: number; y1: number; conf: number; readings?: OcrReading[] };

/** A vertical separator in pixels that words may not be merged across (a detected ruling). */
export type Separator = { x: number; y0: number; y1: number };

export type MergeOptions = {
  /** Two words merge when the gap between them is below this × the taller one's height. */
  gapFactor?: number;
  separators?: readonly Separator[];
  /** Words read in a layout tesseract lines reliably (a column read as one block): they merge only within their tesseract line. */
  ownLine?: (w: OcrWord) => boolean;
};

const WORD_LEVEL = 5;
const TSV_COLUMNS = ['level', 'page_num', 'block_num', 'par_num', 'line_num', 'word_num', 'left', 'top', 'width', 'height', 'conf', 'text'] as const;
/** Below ~0.6 em the gap is letter spacing inside a cell; cell padding on both sides of a border is wider. */
export const DEFAULT_GAP_FACTOR = 0.6;
const SEPARATOR_SLACK = 3;
const MIN_LINE_OVERLAP = 0.5;

/** Parse tesseract's `tsv` output into its non-empty word rows; throws on a header it does not know. */
export function parseTesseractTsv(tsv: string): OcrWord[] {
  const lines = tsv.split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  if (TSV_COLUMNS.some((c, i) => header[i] !== c)) throw new Error(`not a tesseract TSV (header: ${lines[0]?.slice(0, 80) ?? ''})`);
  const words: OcrWord[] = [];
  for (const row of lines.slice(1)) {
    if (row === '') continue;
    const f = row.split('\t');
    if (Number(f[0]) !== WORD_LEVEL) continue;
    // The text column may itself contain a tab only in theory; join the rest to be safe.
    const text = f.slice(11).join('\t').trim();
    if (text === '') continue;
    words.push({
      text,
      left: Number(f[6]),
      top: Number(f[7]),
      width: Number(f[8]),
      height: Number(f[9]),
      conf: Number(f[10]),
      page: Number(f[1]),
      block: Number(f[2]),
      par: Number(f[3]),
      line: Number(f[4]),
      word: Number(f[5]),
    });
  }
  return words;
}

/**
 * Merge words into runs: a word joins the run it touches on the same visual line (boxes overlap by half the smaller
 * height, gap < gapFactor × height) unless a separator lies between. Visual lines, not tesseract's line numbers:
 * with sparse segmentation tesseract splits one printed line (a title, a short cell) into several "lines".
 */
export function mergeLineWords(words: readonly OcrWord[], options: MergeOptions = {}): OcrRun[] {
  const gapFactor = options.gapFactor ?? DEFAULT_GAP_FACTOR;
  const separators = options.separators ?? [];
  const runs: OcrRun[] = [];
  for (const list of byImage(words).values()) {
    list.sort((a, b) => a.left - b.left || a.top - b.top);
    const open: { run: OcrRun; lastHeight: number; line: string }[] = [];
    const lineOf = (w: OcrWord) => (options.ownLine?.(w) ? `${w.block}/${w.par}/${w.line}` : '');
    for (const w of list) {
      const box = { x0: w.left, y0: w.top, x1: w.left + w.width, y1: w.top + w.height };
      let best: (typeof open)[number] | undefined;
      for (const o of open) {
        const gap = box.x0 - o.run.x1;
        if (gap >= gapFactor * Math.max(o.lastHeight, w.height) || !sameLine(o.run, box) || divided(o.run, box, separators) || o.line !== lineOf(w)) continue;
        if (!best || gap < box.x0 - best.run.x1) best = o;
      }
      if (!best) {
        open.push({ run: { text: w.text, ...box, conf: w.conf, ...(w.readings ? { readings: [...w.readings] } : {}) }, lastHeight: w.height, line: lineOf(w) });
        continue;
      }
      const r = best.run;
      r.text += w.text;
      r.x1 = Math.max(r.x1, box.x1);
      r.y0 = Math.min(r.y0, box.y0);
      r.y1 = Math.max(r.y1, box.y1);
      r.conf = Math.min(r.conf, w.conf);
      if (w.readings) r.readings = [...(r.readings ?? []), ...w.readings];
      // The last word's height, not the run's: one tall mis-read must not glue a whole line together.
      best.lastHeight = w.height;
    }
    runs.push(...open.map((o) => o.run));
  }
  return runs.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** Words by the image (1-based, in list order) tesseract read them from, in the order given. */
export function byImage(words: readonly OcrWord[]): Map<number, OcrWord[]> {
  const m = new Map<number, OcrWord[]>();
  for (const w of words) {
    const list = m.get(w.page);
    if (list) list.push(w);
    else m.set(w.page, [w]);
  }
  return m;
}

type Box = { x0: number; y0: number; x1: number; y1: number };

/** Vertical overlap of at least half the smaller box: punctuation and '一' sit inside the line's band. */
function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return overlap >= MIN_LINE_OVERLAP * Math.min(a.y1 - a.y0, b.y1 - b.y0);
}

function divided(run: Box, box: Box, separators: readonly Separator[]): boolean {
  const y0 = Math.max(run.y0, box.y0);
  const y1 = Math.min(run.y1, box.y1);
  const mid = (y0 + y1) / 2;
  // Tesseract's boxes sometimes swallow a border's first pixels, hence the slack.
  return separators.some((s) => s.x >= run.x1 - SEPARATOR_SLACK && s.x <= box.x0 + SEPARATOR_SLACK && s.y0 <= mid && s.y1 >= mid);
}
