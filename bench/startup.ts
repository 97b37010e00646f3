// Start-up of the compiled CLI as a user meets it: `--help` and one markdown document end to end (SQLite included),
// beside `node -e 0` on the same machine at the same moment. Wall time is the median of RUNS; CPU time (user + system)
// and peak RSS come from each process itself, so a busy machine shows in wall time more than in CPU time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const PRELOAD = fileURLToPath(new URL('./usage-on-exit.mjs', import.meta.url));
/** The aims of issue 12, in seconds and MB. */
const AIM = { helpS: 0.2, docS: 0.6, docMB: 100 };

type Sample = { wallMs: number; cpuMs: number; maxRssMB: number };

function once(args: string[]): Sample {
  const dir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const usage = join(dir, 'usage.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_USAGE_FILE: usage },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const u = JSON.parse(readFileSync(usage, 'utf8')) as { cpuMs: number; maxRssMB: number };
  rmSync(dir, { recursive: true, force: true });
  return { wallMs, ...u };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure(label: string, args: string[]): Sample {
  once(args); // warm the file cache
  const runs = Array.from({ length: RUNS }, () => once(args));
  const s = { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)) };
  console.log(
    `${label.padEnd(34)} ${(s.wallMs / 1000).toFixed(3).padStart(7)} s wall ${(s.cpuMs / 1000).toFixed(3).padStart(7)} s cpu ${s.maxRssMB.toFixed(0).padStart(5)} MB`,
  );
  return s;
}

/** Whether dist/ is older than a source file: the bin would then run the sources through tsx, not what ships. */
function distStale(): boolean {
  const stamp = join(ROOT, 'dist/.build-stamp');
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  for (const d of ['src', 'pipelines']) {
    for (const f of readdirTs(join(ROOT, d))) if (statSync(f).mtimeMs > built) return true;
  }
  return false;
}

function readdirTs(dir: string): string[] {
  return (spawnSync('find', [dir, '-name', '*.ts'], { encoding: 'utf8' }).stdout ?? '').split('\n').filter(Boolean);
}

/** Run the start-up benchmark and print each figure beside node -e 0 and the aims. */
export async function run(): Promise<void> {
  if (distStale()) {
    console.log('\n(dist/ is older than the sources: building it first, `npm run build`)');
    spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const out = mkdtempSync(join(tmpdir(), 'bench-out-'));
  console.log(`\n# start-up of the compiled CLI (median of ${RUNS} runs; aims: --help ≤ ${AIM.helpS} s, one document ≤ ${AIM.docS} s and ≤ ${AIM.docMB} MB)`);
  const base = measure('node -e 0', ['-e', '0']);
  const help = measure('budget-extract --help', ['bin/budget-extract.mjs', '--help']);
  const doc = measure('budget-extract extract <seed .md>', [
    'bin/budget-extract.mjs',
    'extract',
    'samples/suixi-2024-zuzhibu.md',
    '-o',
    out,
    '--force',
    '--progress',
    'none',
  ]);
  rmSync(out, { recursive: true, force: true });
  const over = (s: Sample) => `${((s.wallMs - base.wallMs) / 1000).toFixed(3)} s wall, ${((s.cpuMs - base.cpuMs) / 1000).toFixed(3)} s cpu above node -e 0`;
  console.log(`--help: ${over(help)}; one document: ${over(doc)}, ${doc.maxRssMB.toFixed(0)} MB peak`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
