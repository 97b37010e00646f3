// Print an HTML fixture with Debian's chromium (A4, no header or footer lines), for a fixture that must read in PDF as
// it reads in HTML (test/fixtures/multi/numbered-tables-listing.chromium.pdf).
//
//   node --import tsx scripts/html-fixtures/print-chromium.ts <in.html> <out.pdf>
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: print-chromium.ts <in.html> <out.pdf>');
  process.exit(2);
}
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${resolve(output)}`, resolve(input)], {
  stdio: 'ignore',
  timeout: 120_000,
});
console.log(`wrote ${output}`);
