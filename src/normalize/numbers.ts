// Printed numbers are read in src/arith (every stage reads them); normalize's modules import them from here too.
export { readNumber, decimalsOf, type NumberReading } from '../arith/printed.ts';
import type { Cell } from '../parse/grid.ts';

/**
 * The text a figure-only field (an amount, a 分值 or 得分, a funds line's figure) is read from: for an OCR cell eng
 * read again as a plain number with confidence (ocr/second-pass.ts), eng's number, since such a field holds no
 * comparator eng could mistake for a 2 (chi_sim reads 2.52 as 到52, a lone 5 as 号). The cell stays flagged ocr-digit.
 */
export const figureText = (cell: Cell) => (cell.ocrReadings?.length === 1 ? cell.ocrReadings[0]!.plainNumber : undefined) ?? cell.text;
