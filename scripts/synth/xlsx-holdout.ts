// A holdout corpus of synthetic xlsx workbooks with gold, for scoring the spreadsheet parser on layouts its
// fixtures do not have (scripts/synth/render-xlsx.ts draws them). Not committed; rerun to recreate (same --seed, same cells and gold;
// zip timestamps differ).
// usage: node --import tsx scripts/synth/xlsx-holdout.ts --out DIR [--n 30] [--seed 5] [--defects 0.5]
//   writes DIR/docs/<name>.xlsx and DIR/gold/<name>.xlsx.json; score with
//   npx budget-extract extract DIR/docs -o DIR/out && node /work/shared/tools/score.mjs DIR/out DIR/gold
// The gold adds `sheetFormulas` (every formula written, with the verdict it must get) and `variations`;
//   node --import tsx scripts/synth/xlsx-holdout.ts --check DIR   compares them with DIR/out/records.jsonl.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDoc, goldOf } from './index.ts';
import { renderXlsx, type XlsxRendering } from './render-xlsx.ts';
import { runMain } from '../pdf-fixtures/run-main.ts';

/** The index-th holdout workbook: the generator's HTML draw (no OCR traits) rendered as a workbook. */
export async function holdoutWorkbook(index: number, seed: number, defects: number): Promise<XlsxRendering> {
  return renderXlsx(generateDoc(index, { seed, formats: ['html-gbk'], defects }), seed, index);
}

/** The gold of a holdout workbook: goldOf its document as printed, with the formulas and variations. */
export function holdoutGold(r: XlsxRendering) {
  return { ...goldOf(r.doc), format: 'spreadsheet', sheetFormulas: r.formulas, variations: r.variations };
}

type Found = { sheet: string; cell: string; formula: string; verdict: string };

/**
 * Every formula of the gold against the record's sheetFormulas: counts of expected→found verdicts, and the
 * disagreements (another verdict or formula, a formula not found or not written, a mismatch without its warning).
 */
export function checkFormulas(dir: string): { counts: Record<string, number>; problems: string[] } {
  const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (l) => JSON.parse(l) as { source: { path: string }; sheetFormulas: Found[]; flags: Array<{ rule: string; severity: string; loc: { cell?: string } }> },
    );
  const counts: Record<string, number> = {};
  const problems: string[] = [];
  for (const f of readdirSync(join(dir, 'gold')).filter((x) => x.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')) as { document: string; sheetFormulas: Found[] };
    const r = records.find((x) => basename(x.source.path) === gold.document);
    const found = new Map((r?.sheetFormulas ?? []).map((s) => [`${s.sheet}!${s.cell}`, s]));
    for (const want of gold.sheetFormulas) {
      const key = `${want.sheet}!${want.cell}`,
        got = found.get(key);
      found.delete(key);
      counts[`${want.verdict}→${got?.verdict ?? 'absent'}`] = (counts[`${want.verdict}→${got?.verdict ?? 'absent'}`] ?? 0) + 1;
      if (!got || got.verdict !== want.verdict || got.formula !== want.formula)
        problems.push(`${gold.document} ${key} =${want.formula}: want ${want.verdict}, got ${got ? `${got.verdict} =${got.formula}` : 'nothing'}`);
      else if (
        want.verdict === 'mismatch' &&
        !r!.flags.some((x) => x.rule === 'sheet-formula-mismatch' && x.severity === 'warning' && x.loc.cell === want.cell)
      )
        problems.push(`${gold.document} ${key}: no sheet-formula-mismatch warning`);
    }
    for (const [key, s] of found) problems.push(`${gold.document} ${key} =${s.formula}: ${s.verdict}, not written by the generator`);
  }
  return { counts, problems };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      check: { type: 'string' },
      n: { type: 'string', default: '30' },
      seed: { type: 'string', default: '5' },
      defects: { type: 'string', default: '0.5' },
    },
  });
  if (values.check) {
    const { counts, problems } = checkFormulas(values.check);
    console.log(
      Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    );
    for (const p of problems) console.log(p);
    if (problems.length) process.exitCode = 1;
    return;
  }
  if (!values.out) throw new Error('--out DIR is required');
  const n = Number(values.n),
    seed = Number(values.seed),
    defects = Number(values.defects);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !(defects >= 0 && defects <= 1))
    throw new Error('--n ≥ 1 and --seed are integers, --defects is in [0, 1]');
  mkdirSync(join(values.out, 'docs'), { recursive: true });
  mkdirSync(join(values.out, 'gold'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const r = await holdoutWorkbook(i, seed, defects);
    writeFileSync(join(values.out, 'docs', r.doc.file), r.bytes);
    writeFileSync(join(values.out, 'gold', `${r.doc.file}.json`), JSON.stringify(holdoutGold(r), null, 1) + '\n');
  }
  console.log(`wrote ${n} workbooks and their gold to ${values.out} (docs/, gold/)`);
}

await runMain(import.meta.url, main);
