// Numbers OCR was not sure of: flagged with their place, so a person checks them instead of trusting them.
import type { Flag } from '../../model/index.ts';
import type { Block } from '../grid.ts';

/** Below this word confidence (tesseract's 0–100) a cell holding digits is reported. */
export const OCR_UNSURE_BELOW = 75;
/**
 * A value cell: a number with at most a comparator and a short unit (7, 1.5, ≥90%, 322个, 900.9万元).
 * Numbers inside prose feed formulas, which are recomputed and flagged on their own when they disagree.
 */
const VALUE_CELL = /^[=≥≤<>]?\s*[\dOolI.,]+\s*[%\p{Script=Han}/]{0,4}$/u;

/** One `ocr-digit` warning per OCR value cell whose digits were read at low confidence. */
export function unsureOcrNumbers(blocks: Block[]): Flag[] {
  const flags: Flag[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.grid.rows) {
      for (const cell of row) {
        if (cell.spanned || cell.origin !== 'ocr' || cell.confidence === undefined || cell.confidence >= OCR_UNSURE_BELOW || !/\d/.test(cell.text) || !VALUE_CELL.test(cell.text)) continue;
        flags.push({
          rule: 'ocr-digit', severity: 'warning',
          message: `OCR read "${cell.text.slice(0, 40)}" on page ${cell.loc.page} with confidence ${Math.round(cell.confidence)}; check its numbers against the scan`,
          target: { kind: 'document', field: 'ocr-cell' }, actual: cell.text, loc: cell.loc,
        });
      }
    }
  }
  return flags;
}
