// The first table an image file's OCR gives, as rows of cell texts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseBytes } from '../../src/extract.ts';

export async function scanGrid(path: string): Promise<string[][]> {
  const bytes = readFileSync(path);
  const parsed = await parseBytes({ path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }, { ocr: true });
  const table = parsed.blocks.find((b) => b.kind === 'table');
  return table?.kind === 'table' ? table.grid.rows.map((r) => r.map((c) => c.text)) : [];
}
