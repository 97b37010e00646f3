// A holdout corpus of synthetic PDFs with gold, for scoring the PDF parser on documents it was not built on:
// other departments and counties, several pages, merged 一级指标/二级指标 cells, every fourth one unruled,
// two in three printed from a spreadsheet by Calc (landscape or portrait, title row repeated or not), one in
// three from a word processor's table by Writer (first table row repeated, rows broken across pages). Not committed; rerun to recreate (same --seed, same files).
// usage: node --import tsx scripts/pdf-fixtures/holdout.ts --out DIR [--n 20] [--seed 11] [--defects 0.5] [--engines calc,writer]
//   writes DIR/docs/<name>.pdf and DIR/gold/<name>.pdf.json (score: node /work/shared/tools/score.mjs RECORDS DIR/gold)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDoc, goldOf, type Doc } from '../synth/index.ts';
import { engineFor, styleFor, writePdfs } from '../synth/render-pdf.ts';
import { runMain } from './run-main.ts';

/** The index-th holdout document: the synthetic generator's HTML draw, renamed to a PDF. */
export function holdoutDoc(index: number, seed: number, defects: number): Doc {
  // The html-gbk draw has no OCR traits (levels cut away); the layout choices it makes do not matter to a PDF.
  const doc = generateDoc(index, { seed, formats: ['html-gbk'], defects });
  return { ...doc, file: doc.file.replace(/\.gbk\.html$/, '.pdf') };
}

/** The gold of a holdout document, naming its PDF. */
export function holdoutGold(doc: Doc) {
  return { ...goldOf(doc), document: doc.file, format: 'pdf' };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      n: { type: 'string', default: '20' },
      seed: { type: 'string', default: '11' },
      defects: { type: 'string', default: '0.5' },
      engines: { type: 'string', default: 'calc,writer' },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const n = Number(values.n),
    seed = Number(values.seed),
    defects = Number(values.defects);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !(defects >= 0 && defects <= 1))
    throw new Error('--n ≥ 1 and --seed are integers, --defects is in [0, 1]');
  const engines = values.engines.split(',');
  if (!engines.length || engines.some((e) => e !== 'calc' && e !== 'writer')) throw new Error('--engines is calc, writer or calc,writer');
  mkdirSync(join(values.out, 'docs'), { recursive: true });
  mkdirSync(join(values.out, 'gold'), { recursive: true });
  const docs = Array.from({ length: n }, (_, i) => holdoutDoc(i, seed, defects));
  // With one engine left out, its share of the documents goes to the other.
  await writePdfs(docs, join(values.out, 'docs'), styleFor, (doc, i) => (engines.length === 2 ? engineFor(doc, i) : (engines[0] as 'calc' | 'writer')));
  for (const doc of docs) writeFileSync(join(values.out, 'gold', `${doc.file}.json`), JSON.stringify(holdoutGold(doc), null, 1) + '\n');
  console.log(`wrote ${n} PDFs and their gold to ${values.out} (docs/, gold/)`);
}

await runMain(import.meta.url, main);
