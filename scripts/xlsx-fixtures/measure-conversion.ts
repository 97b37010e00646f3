// Times the LibreOffice conversion of each legacy fixture (and the seed saved as .xls) as the parser runs it.
// usage: npx tsx scripts/xlsx-fixtures/measure-conversion.ts [runs=3]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { convertToXlsx } from '../../src/parse/spreadsheet/convert.ts';
import { sniffWorkbook } from '../../src/parse/spreadsheet/sniff.ts';

const RUNS = Number(process.argv[2] ?? 3);
const DIR = 'test/fixtures/spreadsheet';

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'measure-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(tmp, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'xls',
        '--outdir',
        tmp,
        `${DIR}/suixi-2024-zuzhibu.xlsx`,
      ],
      { stdio: 'ignore' },
    );
    const files = [`${DIR}/small.xls`, `${DIR}/small.ods`, join(tmp, 'suixi-2024-zuzhibu.xls')];
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const kind = sniffWorkbook(bytes);
      if (kind !== 'xls' && kind !== 'ods') throw new Error(`${file}: not xls/ods`);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push((await convertToXlsx(bytes, kind, file)).ms);
      const wall = times.map((t) => (t / 1000).toFixed(2)).join(' ');
      console.log(
        `${file.split('/').pop()} (${bytes.length} bytes): ${wall} s  (median ${(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]! / 1000).toFixed(2)} s)`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
