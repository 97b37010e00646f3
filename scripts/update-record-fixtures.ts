// Rewrite the exact-record fixtures after a reviewed change to the record: `node --import tsx scripts/update-record-fixtures.ts`.
// Review `git diff test/fixtures` before committing: these files are the tests' expectations.
import { readdirSync, writeFileSync } from 'node:fs';
import { extract } from '../src/index.ts';

const PAIRS: Array<[string, string]> = [
  ['samples/suixi-2024-zuzhibu.md', 'test/fixtures/seed/suixi-2024-zuzhibu.record.json'],
  ...readdirSync('test/fixtures/records')
    .filter((f) => !f.endsWith('.record.json'))
    .map((f): [string, string] => [`test/fixtures/records/${f}`, `test/fixtures/records/${f}.record.json`]),
];

for (const [input, expected] of PAIRS) {
  const { record } = await extract(input);
  writeFileSync(expected, `${JSON.stringify(record, null, 1)}\n`);
  console.log(`wrote ${expected}`);
}
