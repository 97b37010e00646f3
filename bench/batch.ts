// Batch benchmark (not a test): docs/s and peak RSS of the local batch at 1k and 10k documents, BullMQ with 1 and 2
// workers, and rows/s into SQLite and PostgreSQL. Run: node --import tsx bench/batch.ts
// Knobs: BENCH_SIZES=1000,10000  BENCH_QUEUE_SIZES=1000  BENCH_QUEUE_WORKERS=1,2  BENCH_DIR=/tmp/…  BENCH_HEAP_MB=192 (0 = V8 default)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SEED = 'samples/suixi-2024-zuzhibu.md';
const SYNTH = 'scripts/synth/cli.ts';
const list = (v: string | undefined, d: string) => (v ?? d).split(',').filter(Boolean).map(Number);

type ChildResult = { docs: number; ms: number; maxRssMB: number; rows?: number };

/** The per-document function of the real pipeline. */
async function realProcess() {
  const { extract } = await import('../src/index.ts');
  return async (input: { path: string; bytes: Uint8Array; sha256: string }) => (await extract(input)).record;
}

/** Child modes: each reports its own peak RSS (process.resourceUsage().maxRSS) as the last stdout line. */
async function child(mode: string, args: string[]): Promise<void> {
  const t0 = Date.now();
  let out: Omit<ChildResult, 'ms' | 'maxRssMB'>;
  if (mode === 'local') {
    const { runBatch } = await import('../src/batch/run.ts');
    const s = await runBatch({
      inputs: [args[0]!],
      outDir: args[1]!,
      process: await realProcess(),
      progress: 'none',
      stderr: { write: () => true } as unknown as NodeJS.WritableStream,
    });
    out = { docs: s.total };
  } else if (mode === 'worker') {
    const { startWorker, drained } = await import('../src/queue/index.ts');
    const [redis, outDir, queueName] = args as [string, string, string];
    const w = await startWorker({ redis, outDir, queueName, process: await realProcess(), concurrency: 2, sqlite: false });
    process.stdout.write('ready\n');
    await drained({ redis, queueName, pollMs: 50 });
    await w.close();
    out = { docs: readFileSync(join(outDir, `records.jsonl`), 'utf8').split('\n').length - 1 };
  } else {
    // mode 'rows': load records.jsonl into one sink, counting rows.
    const { readJsonl } = await import('../src/emit/read-jsonl.ts');
    const { recordRows, TABLES } = await import('../src/emit/rows.ts');
    const sink =
      args[0] === 'sqlite'
        ? (await import('../src/emit/sqlite.ts')).openSqliteSink(args[2]!)
        : await (await import('../src/emit/postgres.ts')).openPostgresSink(args[2]!);
    await sink.open();
    let rows = 0,
      docs = 0;
    const t1 = Date.now();
    for await (const r of readJsonl<Parameters<typeof sink.write>[0]>(args[1]!)) {
      const rr = recordRows(r);
      rows += TABLES.reduce((n, t) => n + rr[t].length, 0);
      docs++;
      await sink.write(r);
    }
    await sink.close();
    process.stdout.write(`${JSON.stringify({ docs, rows, ms: Date.now() - t1, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
    return;
  }
  process.stdout.write(`${JSON.stringify({ ...out, ms: Date.now() - t0, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

/** V8 grows its heap lazily with the amount allocated, not with what is live: without a cap, peak RSS tracks run length. */
const HEAP_MB = Number(process.env.BENCH_HEAP_MB ?? 192);
const heapFlags = HEAP_MB > 0 ? [`--max-old-space-size=${HEAP_MB}`] : [];

function runChild(mode: string, args: string[]): ChildResult {
  const text = execFileSync('node', [...heapFlags, '--import', 'tsx', 'bench/batch.ts', '--child', mode, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(text.trim().split('\n').pop()!);
}

/** N synthetic disclosures: scripts/synth when present, else the seed with its department renamed. */
function corpus(root: string, n: number): string {
  const dir = join(root, `in-${n}`);
  if (existsSync(dir)) return dir;
  if (existsSync(SYNTH)) {
    execFileSync(
      'node',
      ['--import', 'tsx', SYNTH, '--out', dir, '--n', String(n), '--seed', '7', '--formats', 'ocr-md,gfm', '--defects', '0.2', '--no-gold'],
      { stdio: 'ignore' },
    );
    return join(dir, 'docs');
  }
  const seed = readFileSync(SEED, 'utf8');
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${i}.md`), seed.replace('中共遂溪县委组织部', `测试县第${i}局`));
  }
  return dir;
}

async function queueRun(redisUrl: string, input: string, workers: number, root: string): Promise<{ docs: number; ms: number; maxRssMB: number[] }> {
  const { enqueue } = await import('../src/queue/index.ts');
  const q = `bench-${workers}-${Date.now()}`;
  const out = join(root, `queue-${q}`);
  await enqueue({ inputs: [input], redis: redisUrl, queueName: q });
  const t0 = Date.now();
  const results = await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<ChildResult>((resolve, reject) => {
          const c = spawn('node', [...heapFlags, '--import', 'tsx', 'bench/batch.ts', '--child', 'worker', redisUrl, out, q], {
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          let text = '';
          c.stdout.on('data', (d) => {
            text += d;
          });
          c.on('exit', (code) => (code === 0 ? resolve(JSON.parse(text.trim().split('\n').pop()!)) : reject(new Error(`worker exit ${code}`))));
        }),
    ),
  );
  const docs = readFileSync(join(out, 'records.jsonl'), 'utf8').split('\n').length - 1;
  return { docs, ms: Date.now() - t0, maxRssMB: results.map((r) => Math.round(r.maxRssMB)) };
}

async function main(): Promise<void> {
  const root = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'bench-batch-'));
  const sizes = list(process.env.BENCH_SIZES, '1000,10000');
  const qsizes = list(process.env.BENCH_QUEUE_SIZES, '1000');
  const qworkers = list(process.env.BENCH_QUEUE_WORKERS, '1,2');
  const rate = (d: number, ms: number) => (d / (ms / 1000)).toFixed(1);
  console.log(`batch benchmark in ${root} (children: ${heapFlags.join(' ') || 'default V8 heap'})`);
  const rss: Record<number, number> = {};
  for (const n of sizes) {
    const input = corpus(root, n);
    const out = join(root, `local-${n}`);
    rmSync(out, { recursive: true, force: true });
    const r = runChild('local', [input, out]);
    rss[n] = r.maxRssMB;
    console.log(`local batch  ${String(n).padStart(6)} docs: ${rate(r.docs, r.ms)} docs/s, peak RSS ${r.maxRssMB.toFixed(0)} MB`);
  }
  if (sizes.length > 1) console.log(`peak RSS ratio ${sizes.at(-1)}/${sizes[0]}: ${(rss[sizes.at(-1)!]! / rss[sizes[0]!]!).toFixed(2)} (must be ≤ 1.20)`);

  const { startPostgres, startRedis, missing } = await import('../test/helpers/services.ts');
  if (!missing('redis')) {
    const redis = await startRedis();
    try {
      for (const n of qsizes)
        for (const w of qworkers) {
          const r = await queueRun(redis.url, corpus(root, n), w, root);
          console.log(`BullMQ ${w} worker(s) ${String(n).padStart(6)} docs: ${rate(r.docs, r.ms)} docs/s, peak RSS per worker ${r.maxRssMB.join(', ')} MB`);
        }
    } finally {
      await redis.stop();
    }
  }
  const records = join(root, `local-${sizes[0]}`, 'records.jsonl');
  const lite = runChild('rows', ['sqlite', records, join(root, 'rows.sqlite')]);
  console.log(`SQLite     ${lite.docs} docs, ${lite.rows} rows: ${rate(lite.rows!, lite.ms)} rows/s`);
  if (!missing('postgres')) {
    const pg = await startPostgres();
    try {
      const p = runChild('rows', ['postgres', records, pg.url]);
      console.log(`PostgreSQL ${p.docs} docs, ${p.rows} rows: ${rate(p.rows!, p.ms)} rows/s`);
    } finally {
      await pg.stop();
    }
  }
  if (!process.env.BENCH_DIR) rmSync(root, { recursive: true, force: true });
}

const i = process.argv.indexOf('--child');
if (i >= 0) await child(process.argv[i + 1]!, process.argv.slice(i + 2));
else await main();
