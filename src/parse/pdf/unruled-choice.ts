// Which of two readings of a page's unruled tables to keep, judged by the rows the family marks: a row holding
// one 任务N/指标N cell is a whole logical row; a row holding several is rows run together, and a row below a
// marked one holding neither a marker nor a header label is a piece of a row cut off.
import type { Grid } from '../grid.ts';
import { DOTTED_NAME, INDICATOR_MARKER, startsRow, TASK_MARKER } from '../shared/markers.ts';
import { headerLabel } from './header-labels.ts';

const INNER_MARKER = /(?:任务|指标)\s*\d+\s*[::]/gu;
/** A marker naming nothing but dots: the template's unfilled example row. */
const unfilledExample = (text: string) => DOTTED_NAME.test((TASK_MARKER.exec(text.trim()) ?? INDICATOR_MARKER.exec(text.trim()))?.[2] ?? '');

/** Whole rows minus broken ones; undefined when no row holds a marker (the reading cannot be judged by them). */
export function markedRowScore(grids: Grid[]): number | undefined {
  const { good, bad } = markedRows(grids);
  return good || bad ? good - bad : undefined;
}

/** Marked rows read whole, and rows run together or cut off. */
export function markedRows(grids: Grid[]): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  for (const g of grids) {
    let seen = false;
    // The column the markers stand in: a row holding text only left of it is a merged level label printed between
    // rows (level-spans.ts gives it to the rows it covers), not a piece of a row.
    let markerColumn = Infinity;
    for (const row of g.rows) {
      const cells = row.filter((c) => !c.spanned && c.text !== '');
      // The template's unfilled example (任务1: ..... over two rows of zeros) is no evidence either way: its second row
      // is a row of its own, not a piece cut off, and a reader running the two together reads nothing better.
      if (cells.some((c) => unfilledExample(c.text))) {
        seen = false;
        continue;
      }
      const markers = cells.filter((c) => startsRow(c.text)).length;
      if (markers === 1) good++;
      if (markers > 1) bad += markers - 1;
      // Markers inside a cell's text (任务1:…任务2:… in one cell) are rows run together too.
      bad += cells.reduce((n, c) => n + Math.max(0, (c.text.match(INNER_MARKER) ?? []).length - (startsRow(c.text) ? 1 : 0)), 0);
      const labelOnly = row.every((c, i) => i < markerColumn || c.spanned || c.text === '');
      if (markers === 0 && seen && cells.length && !labelOnly && !cells.some((c) => headerLabel(c.text))) bad++;
      if (markers) {
        seen = true;
        markerColumn = row.findIndex((c) => !c.spanned && startsRow(c.text));
      }
    }
  }
  return { good, bad };
}
