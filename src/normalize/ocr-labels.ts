// OCR misreads single characters of printed labels (项目冯出 for 项目支出). A label cell that OCR read is
// matched to the dictionary label one substitution away, and the repair is recorded so a rule can report it.
import { oneCharApart } from '../parse/shared/text.ts';

/** Shorter labels (部门, 合计) are one substitution away from too many ordinary words to repair safely. */
export const MIN_REPAIR_LENGTH = 4;

/**
 * The one dictionary label that differs from `key` in exactly one character, or null when there is none or
 * more than one (an ambiguous repair is no repair).
 */
export function nearestLabel(key: string, labels: Iterable<string>): string | null {
  if ([...key].length < MIN_REPAIR_LENGTH) return null;
  let found: string | null = null;
  for (const label of labels) {
    if (!oneCharApart(label, key)) continue;
    if (found !== null && found !== label) return null;
    found = label;
  }
  return found;
}
