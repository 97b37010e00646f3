// Gold for the seed's PDF renderings: the seed's hand-checked gold, pointed at the PDF file.
import { readFileSync } from 'node:fs';

/** The hand-checked gold of the markdown seed (shared with test/fixtures/gold). */
export const SEED_GOLD = 'test/fixtures/gold/suixi-2024-zuzhibu.json';

/** The seed's gold for a PDF rendering of it; `how` says in the notes what the file is. */
export function seedGoldFor(document: string, how: string): object {
  const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Record<string, unknown>;
  return {
    ...gold,
    document,
    format: 'pdf',
    notes: `${how} Same cells as test/fixtures/spreadsheet/suixi-2024-zuzhibu.xlsx, so the record must equal the seed's. ${String(gold.notes)}`,
  };
}
