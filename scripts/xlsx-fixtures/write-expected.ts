// Rewrites test/fixtures/spreadsheet/small.expected.json from the parser; review the diff before committing it.
import { writeFileSync } from 'node:fs';
import { parseFixture, summarize } from '../../test/parse/spreadsheet/summary.ts';

const FIXTURE = 'test/fixtures/spreadsheet/small.xlsx';
const EXPECTED = 'test/fixtures/spreadsheet/small.expected.json';

/** One cell per line: the expected grid stays readable and diffs stay small. */
async function main(): Promise<void> {
  const doc = await parseFixture(FIXTURE);
  const blocks = summarize(doc).map((b) =>
    'rows' in b
      ? `  { "sheet": ${JSON.stringify(b.sheet)}, "rows": [\n${b.rows.map((r) => `    [\n${r.map((c) => `      ${JSON.stringify(c)}`).join(',\n')}\n    ]`).join(',\n')}\n  ] }`
      : `  ${JSON.stringify(b)}`,
  );
  const formulas = (doc.sheetFormulas ?? []).map((x) => `  ${JSON.stringify(x)}`);
  writeFileSync(EXPECTED, `{\n"blocks": [\n${blocks.join(',\n')}\n],\n"sheetFormulas": [\n${formulas.join(',\n')}\n]\n}\n`);
}

await main();
