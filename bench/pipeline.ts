// Throughput of the whole per-document path against bare remark-parse over the same bytes, same process.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseBytes, toRecord } from '../src/extract.ts';
import { sha256 } from '../src/ingest/index.ts';

const N = Number(process.env.BENCH_DOCS ?? 1000);
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

function time(label: string, docs: Uint8Array[], fn: (d: Uint8Array, i: number) => unknown): number {
  for (let i = 0; i < Math.min(50, docs.length); i++) fn(docs[i]!, i); // warm-up: JIT, caches
  const t0 = performance.now();
  docs.forEach(fn);
  const ms = performance.now() - t0;
  const mb = docs.reduce((a, d) => a + d.length, 0) / 1e6;
  console.log(`${label.padEnd(28)} ${(docs.length / (ms / 1000)).toFixed(1).padStart(8)} docs/s ${(mb / (ms / 1000)).toFixed(2).padStart(7)} MB/s  (${docs.length} docs, ${ms.toFixed(0)} ms)`);
  return ms;
}

/** Run the pipeline benchmark and print docs/s, MB/s and the ratio to bare remark-parse. */
export async function benchPipeline(): Promise<void> {
  const docs = corpus(N);
  const hashes = docs.map(sha256);
  const remark = unified().use(remarkParse);
  const decoder = new TextDecoder();
  console.log(`\n# pipeline vs bare remark-parse (${N} markdown documents from the seed)`);
  const bare = time('bare remark-parse', docs, (d) => remark.parse(decoder.decode(d)));
  const parsed: unknown[] = [];
  const ours = await (async () => {
    for (let i = 0; i < Math.min(50, docs.length); i++) toRecord(await parseBytes({ path: `w${i}.md`, bytes: docs[i]!, sha256: hashes[i]! }));
    const t0 = performance.now();
    for (let i = 0; i < docs.length; i++) parsed.push(toRecord(await parseBytes({ path: `d${i}.md`, bytes: docs[i]!, sha256: hashes[i]! })).tasks.length);
    const ms = performance.now() - t0;
    const mb = docs.reduce((a, d) => a + d.length, 0) / 1e6;
    console.log(`${'budget-extract (whole path)'.padEnd(28)} ${(docs.length / (ms / 1000)).toFixed(1).padStart(8)} docs/s ${(mb / (ms / 1000)).toFixed(2).padStart(7)} MB/s  (${docs.length} docs, ${ms.toFixed(0)} ms)`);
    return ms;
  })();
  console.log(`ratio (our throughput / bare remark-parse): ${(bare / ours).toFixed(2)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPipeline();
