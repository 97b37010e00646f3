// A grid cell from the text runs inside a box on a page.
import type { Loc } from '../../model/index.ts';
import { makeCell, type Cell } from '../grid.ts';
import { readCellText } from '../shared/cell-text.ts';
import { cellText } from './cell-text.ts';
import { withoutSpeckMarks } from './ocr/artifacts.ts';
import type { PageContent, PageText } from './page-content.ts';

const round = (n: number) => Math.round(n * 10) / 10;

/** A PDF place: page and box in points (top-left origin), rounded to a tenth of a point. */
export const bboxLoc = (page: number, b: [number, number, number, number]): Loc => ({ page, bbox: [round(b[0]), round(b[1]), round(b[2]), round(b[3])] });

/** A cell from the runs inside it, with the page and box it came from. */
export function pdfCell(texts: PageText[], box: [number, number, number, number], content: PageContent, spans: { rowSpan: number; colSpan: number }): Cell {
  const loc = bboxLoc(content.page, box);
  // A speck read as a run of its own (数量指标 | .) joins the cell's text here: its marks are dropped as a run's are.
  const joined = cellText(texts);
  const { text, math } = readCellText(content.origin === 'ocr' ? withoutSpeckMarks(joined) : joined, loc);
  const cell = makeCell(text, loc, content.origin === 'ocr' ? 'ocr' : 'text-layer', { ...spans, math });
  // Only runs holding digits (or eng's number for them): a doubtful character in prose changes no amount.
  const confidences = texts
    .filter((t) => /\d/.test(t.text) || t.readings?.some((r) => r.plainNumber !== undefined))
    .map((t) => t.confidence)
    .filter((c): c is number => c !== undefined);
  if (confidences.length) cell.confidence = Math.min(...confidences);
  const readings = texts.flatMap((t) => t.readings ?? []);
  if (readings.length) cell.ocrReadings = readings;
  return cell;
}
