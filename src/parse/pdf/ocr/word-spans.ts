// Group labels of a borderless table (一级/二级指标, 年度重点工作任务): printed once, vertically centred over the rows
// they cover, left of the rows' 任务N/指标N markers. A group that starts at row edge s with its label centred at c
// ends at 2c − s; where that lands on a row edge, the group's rows are one merged cell (no virtual border between
// them in that column), as a ruled table's rowspan gives. Labels that fit no such reading keep their own row.
import type { OcrWord } from './tesseract-tsv.ts';

/** Rows first … last − 1 (indices into the table's rows) of column `col` are one merged cell. */
export type RowSpan = { col: number; first: number; last: number };

/** A group end may miss a row edge by this × line height (edges sit mid-gap, labels centre on the cell box). */
const EDGE_SLACK = 0.6;
/** Lines of one wrapped label are less than this × line height apart (bottom to top). */
const LABEL_WRAP_GAP = 0.6;
/** A level label ends so (产出指标, 服务对象满意度指标); a line ending so is a label of its own. */
const WHOLE_LABEL = /指标$/u;

/**
 * The merged cells of the columns left of `markerCol`: for each label there, in order, the group from the end of
 * the previous one (else from the first later row edge that fits) to the row edge its centre mirrors that start to.
 * `ys` are the table's row edges, body rows from index `firstBody`.
 */
export function centredSpans(
  words: readonly OcrWord[],
  xs: readonly number[],
  ys: readonly number[],
  firstBody: number,
  markerCol: number,
  lineHeight: number,
): RowSpan[] {
  const spans: RowSpan[] = [];
  for (let col = 0; col < markerCol; col++) {
    const labels = columnLabels(
      words.filter((w) => centre(w).x >= xs[col]! && centre(w).x < xs[col + 1]! && centre(w).y >= ys[firstBody]! && centre(w).y < ys.at(-1)!),
      lineHeight,
    );
    let from = firstBody;
    for (const [k, l] of labels.entries()) {
      const c = (l.top + l.bottom) / 2;
      // The group ends before the next label of the column begins.
      const limit = labels[k + 1]?.top ?? Infinity;
      for (let s = from; s < ys.length - 1 && ys[s]! <= l.top; s++) {
        const end = 2 * c - ys[s]!;
        const e = nearest(ys, end);
        if (e <= s || Math.abs(ys[e]! - end) > EDGE_SLACK * lineHeight || ys[e]! < l.bottom || ys[e]! > limit) continue;
        if (e - s >= 2) spans.push({ col, first: s, last: e });
        from = e;
        break;
      }
      // A label no reading fits keeps its row; the next group starts below it at the earliest.
      while (from < ys.length - 1 && ys[from]! < l.bottom) from++;
    }
  }
  return spans;
}

type Label = { top: number; bottom: number };

/**
 * The column's words as labels: lines stacked with less than LABEL_WRAP_GAP between them are one label, unless the
 * upper line is a whole level label already (…指标): labels printed on every row of single-line rows stand as close.
 */
function columnLabels(words: readonly OcrWord[], lineHeight: number): Label[] {
  const lines: { top: number; bottom: number; words: OcrWord[] }[] = [];
  for (const w of [...words].sort((a, b) => a.top - b.top)) {
    const mid = w.top + w.height / 2;
    const line = lines.find((l) => mid > l.top && mid < l.bottom);
    if (line) {
      line.words.push(w);
      line.bottom = Math.max(line.bottom, w.top + w.height);
    } else lines.push({ top: w.top, bottom: w.top + w.height, words: [w] });
  }
  const labels: (Label & { text: string })[] = [];
  for (const l of lines) {
    const text = [...l.words]
      .sort((a, b) => a.left - b.left)
      .map((w) => w.text)
      .join('');
    const last = labels.at(-1);
    if (last && l.top - last.bottom < LABEL_WRAP_GAP * lineHeight && !WHOLE_LABEL.test(last.text)) {
      last.bottom = Math.max(last.bottom, l.bottom);
      last.text += text;
    } else labels.push({ top: l.top, bottom: l.bottom, text });
  }
  return labels;
}

function nearest(ys: readonly number[], y: number): number {
  let best = 0;
  ys.forEach((v, i) => {
    if (Math.abs(v - y) < Math.abs(ys[best]! - y)) best = i;
  });
  return best;
}

const centre = (w: OcrWord) => ({ x: w.left + w.width / 2, y: w.top + w.height / 2 });
