// Row markers OCR misreads: tesseract puts a stray character or two between the marker's word and its number
// (指标1: read as 指标目位1:, 任务19: as 任务务19:). Such a line still opens a row, and its text gets the marker back.
import { startsRow } from '../../shared/markers.ts';

/**
 * The marker word, one or two stray characters (no digit, no separator), the number and a colon: the colon keeps
 * ordinary text out (任务完成率 has no number, 指标值 no colon after one).
 */
const GARBLED_MARKER = /^(任务|指标)[^\d\s:：;.、]{1,2}(\d+\s*[:：])/u;

/** Whether a text opens a table row: a row marker, read right or with stray characters inside. */
export const opensRow = (text: string): boolean => startsRow(text) || GARBLED_MARKER.test(text.replace(/\s+/g, ''));

/** The text with a garbled marker at its start put right (指标目位1:开 → 指标1:开); any other text as it is. */
export function repairMarker(text: string): string {
  return text.replace(GARBLED_MARKER, '$1$2');
}
