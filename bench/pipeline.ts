// Throughput of the whole per-document path against bare remark-parse over the same bytes, same process.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseBytes, toRecord } from '../src/extract.ts';
import { sha256 } from '../src/ingest/index.ts';

const N = Number(process.env.BENCH_DOCS ?? 300);
const seed = readFileSync(new URL('../samples/suixi-2024-zuzhibu.md', import.meta.url), 'utf8');

/** N distinct documents made from the seed: other departments, other amounts, same structure. */
function corpus(n: number): Uint8Array[] {
  const docs: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const text = seed
      .replace('中共遂溪县委组织部', `测试县第${i}局`)
      .replace(/\t(\d+(?:\.\d+)?)\t保证各种办公业务支出/, `\t${7 + (i % 13)}\t保证各种办公业务支出`)
      .replace('2024年', `${2015 + (i % 10)}年`);
    docs.push(Buffer.from(text));
  }
  return docs;
}

/** Documents per second of one pass of fn over every document. */
async function pass(docs: Uint8Array[], fn: (d: Uint8Array, i: number) => unknown): Promise<number> {
  // Each pass starts from a collected heap (`--expose-gc`, as `npm run bench` runs): otherwise one side pays for
  // the garbage the other left, and the ratio swung 0.8–1.4 between identical runs.
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i++) await fn(docs[i]!, i);
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function line(label: string, docs: Uint8Array[], ms: number): void {
  const mb = docs.reduce((a, d) => a + d.length, 0) / 1e6;
  console.log(
    `${label.padEnd(28)} ${(docs.length / (ms / 1000)).toFixed(1).padStart(8)} docs/s ${(mb / (ms / 1000)).toFixed(2).padStart(7)} MB/s  (${docs.length} docs, median ${ms.toFixed(0)} ms of ${ROUNDS} passes)`,
  );
}

/** Passes of each, alternating, so that a busy moment of the machine or a collection falls on both alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Run the pipeline benchmark and print docs/s, MB/s and the ratio to bare remark-parse. */
export async function benchPipeline(): Promise<void> {
  const docs = corpus(N);
  const hashes = docs.map(sha256);
  const remark = unified().use(remarkParse);
  const decoder = new TextDecoder();
  const bare = (d: Uint8Array) => remark.parse(decoder.decode(d));
  const ours = async (d: Uint8Array, i: number) => toRecord(await parseBytes({ path: `d${i}.md`, bytes: d, sha256: hashes[i]! })).tasks.length;
  console.log(`\n# pipeline vs bare remark-parse (${N} markdown documents from the seed)`);
  const warm = docs.slice(0, 50); // JIT and caches
  await pass(warm, bare);
  await pass(warm, ours);
  const times = { bare: [] as number[], ours: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    times.bare.push(await pass(docs, bare));
    times.ours.push(await pass(docs, ours));
  }
  line('bare remark-parse', docs, median(times.bare));
  line('budget-extract (whole path)', docs, median(times.ours));
  console.log(`ratio (our throughput / bare remark-parse): ${(median(times.bare) / median(times.ours)).toFixed(2)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPipeline();
