// Numbers OCR was not sure of: flagged with their place, so a person checks them instead of trusting them.
import type { Flag } from '../../model/index.ts';
import type { Block, Cell } from '../grid.ts';
import { startsRow } from '../shared/markers.ts';

/** Below this word confidence (tesseract's 0–100) a cell holding digits is reported. */
export const OCR_UNSURE_BELOW = 75;
/** A confidence lowered to just below OCR_UNSURE_BELOW: a reading changed or doubted here is reported for checking. */
export const asDoubtful = (conf: number) => Math.min(conf, OCR_UNSURE_BELOW - 1);
/**
 * A value cell: a number with at most a comparator and a short unit (7, 1.5, ≥90%, 322个, 900.9万元), judged by
 * length, not shape, because what OCR is unsure of it also garbles (905%6 for ≥ 90%, 宇90% with 宇 for ≥).
 * Numbers inside prose feed formulas, which are recomputed and flagged on their own when they disagree.
 */
const VALUE_CELL_MAX_CHARS = 12;
export const isValueCell = (text: string) => /\d/.test(text) && !startsRow(text) && [...text.replace(/\s+/g, '')].length <= VALUE_CELL_MAX_CHARS;

/**
 * chi_sim's junk for a percent glyph after a number's digits, read confidently: a 9 between a digit and the % (95% →
 * 959%, 85% → 859%, 100% → 1009%). Such a cell is doubtful whatever its confidence: it is read again with eng
 * (ocr/second-pass.ts), which settles it or leaves it flagged. A real 99% reads so too and is checked by eng alike.
 */
export const hasPercentJunk = (text: string) => /\d9%/u.test(text.replace(/\s+/g, ''));

/**
 * A cell chi_sim read as one glyph that is no digit, sign or slash: a lone figure in a wide cell comes back as a
 * character (5 → 号, 昌). It is read again with eng like an unsure value; a plain number eng reads sure goes with it.
 */
export const isLoneGlyph = (text: string) => /^[^\p{N}\s/<>≤≥=＝]$/u.test(text.replace(/\s+/g, ''));

/**
 * A unit cell's lone % that chi_sim garbled into Latin letters or brackets (% → ar, [思, [轴): a few characters, no
 * digit, some of them Latin or brackets, which no unit word holds.
 */
export const isUnitJunk = (text: string) => {
  const t = text.replace(/\s+/g, '');
  return /^[^\p{N}]{1,3}$/u.test(t) && /[A-Za-z[\]|]/u.test(t);
};

/**
 * One `ocr-digit` note per OCR value cell whose digits were read at low confidence. A cell the eng pass corrected
 * (ocr/second-pass.ts) names both readings in its note, which stays: the value is still a guess. Severity info: it
 * doubts the reading, not the document; warnings and errors say what the document itself gets wrong, and a page
 * scanned at 150 dpi would otherwise bury them under notes about its own figures (75 on ten helper scans, gen41).
 */
export function unsureOcrNumbers(blocks: Block[]): Flag[] {
  const flags: Flag[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.grid.rows) {
      for (const cell of row) {
        if (cell.spanned || cell.origin !== 'ocr' || cell.confidence === undefined || cell.confidence >= OCR_UNSURE_BELOW) continue;
        if (!isValueCell(cell.text) && !cell.ocrReadings?.some((r) => r.plainNumber !== undefined)) continue;
        flags.push({
          rule: 'ocr-digit',
          severity: 'info',
          message: unsureMessage(cell),
          target: { kind: 'document', field: 'ocr-cell' },
          actual: cell.text,
          loc: cell.loc,
        });
      }
    }
  }
  return flags;
}

function unsureMessage(cell: Cell): string {
  const readings = (cell.ocrReadings ?? []).filter((r) => r.plainNumber === undefined);
  const plain = (cell.ocrReadings ?? []).filter((r) => r.plainNumber !== undefined);
  const read = readings.length
    ? `${readings.map((r) => `chi_sim "${r.chi}", eng "${r.eng}"`).join('; ')}: read as ${cell.text}`
    : `OCR read "${cell.text.slice(0, 40)}"${plain.length ? ` (eng "${plain.map((r) => r.eng).join('", "')}")` : ''}`;
  return `${read} on page ${cell.loc.page} with confidence ${Math.round(cell.confidence ?? 0)}; check its numbers against the scan`;
}
