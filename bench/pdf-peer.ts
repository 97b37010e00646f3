// Our PDF table path beside pdf-parse 2.4.5 `getTable` (pinned devDependency) over the same files: per set (ruled,
// unruled) warm ms/page and the share of gold task rows (name + amount in one row) and indicator rows (name + value
// in one row) that each one's table rows hold, judged the same way for both at the grid level.
// Run: node --import tsx bench/pdf-peer.ts   (also run by `npm run bench`)
// Knobs: BENCH_PEER_DIRS=dir[,dir…] of PDFs with gold (<name>.pdf.json beside them, or in a sibling gold/ as
//        <name>.json / <name>.pdf.json); default ../shared/validation (v02–v04) and test/fixtures/pdf-matrix.
//        BENCH_PDF_REPS=5 timed passes (the median is printed) after one warm-up; BENCH_PEER_ROUNDS=3 turns each.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../src/parse/shared/text.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPS = Number(process.env.BENCH_PDF_REPS ?? 5);
const ROUNDS = Number(process.env.BENCH_PEER_ROUNDS ?? 3);

type Gold = { tasks: { name: string; amount: number | null }[]; indicators: { name: string; value?: { raw?: string } }[] };
type Item = { path: string; gold: Gold; ruled: boolean; pages: number };
type Rows = string[][];

const key = (s: string) =>
  cleanText(s)
    .replace(/\s+/g, '')
    .replace(/^(任务|指标)\d+[:：]/u, '');

/** Gold task and indicator rows found whole in some table row. */
function hits(rows: Rows, gold: Gold): { tasks: number; indicators: number } {
  const norm = rows.map((r) => r.map(key));
  const amountIn = (r: string[], a: number | null) => a === null || r.some((c) => c !== '' && Number(c) === a);
  const tasks = gold.tasks.filter((t) => norm.some((r) => r.includes(key(t.name)) && amountIn(r, t.amount))).length;
  const indicators = gold.indicators.filter((i) => norm.some((r) => r.includes(key(i.name)) && (!i.value?.raw || r.includes(key(i.value.raw))))).length;
  return { tasks, indicators };
}

async function oursRows(path: string): Promise<{ rows: Rows; ruled: boolean; pages: number }> {
  const { pdfParser } = await import('../src/parse/pdf/index.ts');
  const bytes = new Uint8Array(readFileSync(path));
  const doc = await pdfParser.parse({ path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes });
  const rows = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.grid.rows.map((r) => r.map((c) => c.text)) : []));
  return { rows, ruled: false, pages: doc.source.pages ?? 0 };
}

async function theirRows(path: string): Promise<Rows> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(path)) });
  try {
    const result = await parser.getTable();
    return result.pages.flatMap((p) => p.tables.flatMap((t) => t.map((r) => r.map((c) => String(c ?? '')))));
  } finally {
    await parser.destroy();
  }
}

/** Whether the first page draws table borders (set membership: ruled or unruled). */
async function isRuled(path: string): Promise<boolean> {
  const { openPdf } = await import('../src/parse/pdf/pdfjs.ts');
  const { readPage } = await import('../src/parse/pdf/page-reader.ts');
  const doc = await openPdf(new Uint8Array(readFileSync(path)), path);
  try {
    return (await readPage(await doc.getPage(1), 1)).rulings.length > 8;
  } finally {
    await doc.destroy();
  }
}

function goldFor(pdf: string): Gold | undefined {
  const name = basename(pdf);
  const dir = dirname(pdf);
  const candidates = [
    `${pdf}.json`,
    pdf.replace(/\.pdf$/, '.gold.json'),
    join(dir, '..', 'gold', `${name}.json`),
    join(dir, '..', 'gold', name.replace(/\.pdf$/, '.json')),
  ];
  const found = candidates.find(existsSync);
  return found ? (JSON.parse(readFileSync(found, 'utf8')) as Gold) : undefined;
}

async function items(): Promise<Item[]> {
  const dirs = process.env.BENCH_PEER_DIRS?.split(',') ?? [join(ROOT, '..', 'shared', 'validation', 'docs'), join(ROOT, 'test', 'fixtures', 'pdf-matrix')];
  const out: Item[] = [];
  for (const dir of dirs.filter(existsSync)) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.pdf'))
      .sort()) {
      const path = join(dir, f);
      const gold = goldFor(path);
      // Scans have no text layer: neither path reads tables from them without OCR.
      if (!gold || /scan/.test(f)) continue;
      const { pages } = await oursRows(path);
      out.push({ path, gold, ruled: await isRuled(path), pages });
    }
  }
  return out;
}

/** Warm ms/page: the median of the passes, so that one pass slowed by another process on the machine does not count. */
async function timed(files: Item[], fn: (p: string) => Promise<unknown>): Promise<number> {
  for (const f of files) await fn(f.path);
  const pages = files.reduce((a, f) => a + f.pages, 0);
  const passes: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const t0 = performance.now();
    for (const f of files) await fn(f.path);
    passes.push((performance.now() - t0) / pages);
  }
  return median(passes);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const all = await items();
  if (!all.length) return void console.log('pdf-peer: no PDFs with gold found (BENCH_PEER_DIRS)');
  console.log(`\nPDF tables, ours vs pdf-parse 2.4.5 getTable (median of ${ROUNDS} turns of ${REPS} warm passes each; row shares judged on table rows alone)`);
  console.log('set       files pages | ours ms/p  tasks      indicators  | getTable ms/p  tasks      indicators');
  for (const ruled of [true, false]) {
    const set = all.filter((i) => i.ruled === ruled);
    if (!set.length) continue;
    const total = { tasks: 0, indicators: 0 };
    const ours = { tasks: 0, indicators: 0 };
    const theirs = { tasks: 0, indicators: 0 };
    // pdf-parse brings its own pdfjs-dist, whose worker cannot share a process with ours: it runs in a child. The two
    // take turns over ROUNDS rounds and each one's figure is its median round, so that a burst of load from another
    // process falls on both rather than on whichever ran second.
    const peerRun = () =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--getTable', ...set.map((i) => i.path)], {
          encoding: 'utf8',
          maxBuffer: 1 << 28,
          env: { ...process.env, BENCH_PDF_REPS: String(REPS) },
        }),
      ) as { rows: Record<string, Rows>; ms: number };
    const rounds: { ours: number; theirs: number }[] = [];
    let peer = peerRun();
    for (let r = 0; r < ROUNDS; r++) {
      if (r > 0) peer = peerRun();
      rounds.push({ theirs: peer.ms, ours: await timed(set, async (p) => oursRows(p)) });
    }
    for (const i of set) {
      total.tasks += i.gold.tasks.length;
      total.indicators += i.gold.indicators.length;
      const a = hits((await oursRows(i.path)).rows, i.gold);
      const b = hits(peer.rows[i.path] ?? [], i.gold);
      ours.tasks += a.tasks;
      ours.indicators += a.indicators;
      theirs.tasks += b.tasks;
      theirs.indicators += b.indicators;
    }
    const msOurs = median(rounds.map((r) => r.ours));
    const msTheirs = median(rounds.map((r) => r.theirs));
    const share = (n: number, d: number) => `${n}/${d} ${d ? ((100 * n) / d).toFixed(0) : '-'}%`.padEnd(11);
    console.log(
      `${(ruled ? 'ruled' : 'unruled').padEnd(9)} ${String(set.length).padStart(5)} ${String(set.reduce((a, i) => a + i.pages, 0)).padStart(5)} | ${msOurs.toFixed(1).padStart(9)}  ${share(ours.tasks, total.tasks)}${share(ours.indicators, total.indicators)} | ${msTheirs.toFixed(1).padStart(13)}  ${share(theirs.tasks, total.tasks)}${share(theirs.indicators, total.indicators)}`,
    );
  }
}

/** Child mode: getTable's rows of each file, and its warm ms/page over them, as JSON on stdout. */
async function peerChild(paths: string[]): Promise<void> {
  const { PDFParse } = await import('pdf-parse');
  const pagesOf = async (p: string) => {
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(p)) });
    try {
      return (await parser.getInfo()).total;
    } finally {
      await parser.destroy();
    }
  };
  const files: Item[] = [];
  for (const p of paths) files.push({ path: p, pages: await pagesOf(p), gold: { tasks: [], indicators: [] }, ruled: false });
  const rows: Record<string, Rows> = {};
  for (const p of paths) rows[p] = await theirRows(p);
  void PDFParse;
  process.stdout.write(JSON.stringify({ rows, ms: await timed(files, theirRows) }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--getTable');
  await (at >= 0 ? peerChild(process.argv.slice(at + 1)) : run());
}
