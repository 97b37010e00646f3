// Markdown fixtures: input beside the blocks it must give (cell texts, formulas found, lines).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/parse/markdown/index.ts';
import type { Block } from '../../src/parse/grid.ts';

const DIR = 'test/fixtures/markdown';

/** The same compact view the .blocks.json files are written in. */
function view(blocks: Block[]) {
  return blocks.map((b) =>
    b.kind === 'table'
      ? {
          table: b.grid.rows.map((r) => r.map((c) => (c.math.length ? { text: c.text, math: c.math.map((m) => [m.syntax, m.text]) } : c.text))),
          line: b.grid.loc.line,
        }
      : { [b.kind]: b.text, line: b.loc.line },
  );
}

describe('markdown parser fixtures', () => {
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.md'))) {
    it(f, async () => {
      const expected = JSON.parse(readFileSync(`${DIR}/${f.replace(/\.md$/, '.blocks.json')}`, 'utf8'));
      expect(view(await markdownBlocks(readFileSync(`${DIR}/${f}`, 'utf8')))).toEqual(expected);
    });
  }
});
