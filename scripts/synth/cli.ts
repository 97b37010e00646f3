// Writes a synthetic corpus: DIR/docs/<file> and, unless --no-gold, DIR/gold/<file>.json.
// usage: node --import tsx scripts/synth/cli.ts --out DIR --n 50 --seed 1 [--formats ocr-md,mineru-md,gfm,html-gbk]
//        [--defects 0.5] [--no-gold]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS, type Format, generateDoc, goldOf, render } from './index.ts';

/** Parsed command line; throws on a bad value so a typo never yields a silently different corpus. */
export function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      n: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      formats: { type: 'string', default: FORMATS.join(',') },
      defects: { type: 'string', default: '0.5' },
      'no-gold': { type: 'boolean', default: false },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const formats = values.formats.split(',').map((f) => f.trim()) as Format[];
  const bad = formats.filter((f) => !FORMATS.includes(f));
  if (bad.length) throw new Error(`unknown format ${bad.join(', ')} (known: ${FORMATS.join(', ')})`);
  const n = Number(values.n),
    seed = Number(values.seed),
    defects = Number(values.defects);
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(seed) || !(defects >= 0 && defects <= 1))
    throw new Error('--n and --seed are integers, --defects is in [0, 1]');
  return { out: values.out, n, seed, formats, defects, gold: !values['no-gold'] };
}

/** Generates and writes the corpus one document at a time (nothing is held in memory). */
export function writeCorpus(o: ReturnType<typeof options>): { docs: number; flagged: number } {
  mkdirSync(join(o.out, 'docs'), { recursive: true });
  if (o.gold) mkdirSync(join(o.out, 'gold'), { recursive: true });
  let flagged = 0;
  for (let i = 0; i < o.n; i++) {
    const doc = generateDoc(i, { seed: o.seed, formats: o.formats, defects: o.defects });
    writeFileSync(join(o.out, 'docs', doc.file), render(doc));
    if (doc.flags.length) flagged++;
    if (o.gold) writeFileSync(join(o.out, 'gold', `${doc.file}.json`), JSON.stringify(goldOf(doc), null, 1) + '\n');
  }
  return { docs: o.n, flagged };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const o = options(process.argv.slice(2));
    const r = writeCorpus(o);
    console.log(`wrote ${r.docs} documents (${r.flagged} with defects) to ${o.out}`);
  } catch (e) {
    console.error(String((e as Error).message));
    process.exitCode = 2;
  }
}
