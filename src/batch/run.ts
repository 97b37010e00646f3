// A batch over a stream of inputs: p-queue for concurrency, the manifest as commit log, resume by sha256.
import { availableParallelism } from 'node:os';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import PQueue from 'p-queue';
import type { DisclosureRecord, Loc } from '../model/index.ts';
import type { Sink } from '../emit/sink.ts';
import { openSqliteSink } from '../emit/sqlite.ts';
import { sha256 } from '../ingest/index.ts';
import { readJsonl } from '../emit/read-jsonl.ts';
import { discover } from './discover.ts';
import { AppendLog, doneBySha, type ManifestLine } from './manifest.ts';
import { compactJsonl } from './compact.ts';
import { progress, type Tally } from './progress.ts';

export type BatchInput = { path: string; bytes: Uint8Array; sha256: string };

export type BatchOptions = {
  inputs: string[];
  outDir: string;
  /** The per-document function: bytes → its record, or one per target table (throws InputError for unreadable input). */
  process: (input: BatchInput) => Promise<DisclosureRecord | DisclosureRecord[]>;
  sinks?: Sink[];
  sqlite?: boolean;
  concurrency?: number;
  force?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  progress?: 'auto' | 'bar' | 'lines' | 'none';
  stderr?: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  /** Stop taking new inputs when aborted; documents in flight still finish and are committed. */
  signal?: AbortSignal;
};

export type BatchSummary = { total: number; ok: number; flagged: number; error: number; skipped: number; byRule: Record<string, number>; docsPerSecond: number; ms: number };

/** Run every input through `process` into outDir's JSONL files, manifest and databases; never throws for one bad input. */
export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const err = opts.stderr ?? process.stderr;
  mkdirSync(opts.outDir, { recursive: true });
  const files = { records: join(opts.outDir, 'records.jsonl'), flags: join(opts.outDir, 'flags.jsonl'), manifest: join(opts.outDir, 'manifest.jsonl') };
  const done = opts.force ? new Map<string, ManifestLine>() : await doneBySha(files.manifest);
  const logs = { records: new AppendLog(files.records), flags: new AppendLog(files.flags), manifest: new AppendLog(files.manifest) };
  const sinks = [...(opts.sqlite === false ? [] : [openSqliteSink(join(opts.outDir, 'budget.sqlite'))]), ...(opts.sinks ?? [])];
  for (const s of sinks) await s.open();

  const tally: Tally = { done: 0, byStatus: { ok: 0, flagged: 0, error: 0, skipped: 0 }, flags: 0, byRule: {}, startedAt: Date.now() };
  const show = progress(opts.progress ?? 'auto', err);
  const finish = (line: ManifestLine, records: DisclosureRecord[] = []) => {
    for (const record of records) {
      logs.records.append([record]);
      logs.flags.append(record.flags.map((f) => ({ documentId: record.id, path: record.source.path, ...f })));
    }
    logs.manifest.append([line]); // the commit point: after this the document counts as done
    tally.done++;
    tally.byStatus[line.status]++;
    tally.flags += line.flags ?? 0;
    for (const [r, n] of Object.entries(line.byRule ?? {})) tally.byRule[r] = (tally.byRule[r] ?? 0) + n;
    if (line.status === 'error') err.write(`error: ${line.message}\n`);
    show.update(tally);
  };

  const concurrency = opts.concurrency ?? availableParallelism();
  const queue = new PQueue({ concurrency });
  const one = async (path: string, problem?: string) => {
    const t0 = Date.now();
    let sha: string | null = null;
    try {
      if (problem) throw Object.assign(new Error(problem), { code: 'unreadable' });
      const size = (await stat(path)).size;
      if (size > (opts.maxBytes ?? 50 * 1024 * 1024)) throw Object.assign(new Error(`${path}: ${size} bytes, over the ${opts.maxBytes} byte limit`), { code: 'too-large' });
      const bytes = await readFile(path);
      sha = sha256(bytes);
      const previous = done.get(sha);
      if (previous) return finish({ path, sha256: sha, status: 'skipped', ms: Date.now() - t0, documentId: previous.documentId, previousStatus: previous.status, flags: 0 });
      const result = await withTimeout(opts.process({ path, bytes, sha256: sha }), opts.timeoutMs ?? 60_000, path);
      const records = Array.isArray(result) ? result : [result];
      for (const record of records) for (const s of sinks) await s.write(record);
      const flags = records.flatMap((r) => r.flags);
      const loud = flags.filter((f) => f.severity !== 'info').length;
      const byRule: Record<string, number> = {};
      for (const f of flags) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
      const tables = records.length > 1 ? { tables: records.map((r) => r.id) } : {};
      finish({ path, sha256: sha, status: loud ? 'flagged' : 'ok', ms: Date.now() - t0, documentId: records[0]!.id, ...tables, flags: flags.length, warnings: loud, byRule }, records);
    } catch (e) {
      const x = e as Error & { code?: string; loc?: Loc };
      finish({ path, sha256: sha, status: 'error', ms: Date.now() - t0, message: x.message.startsWith(path) ? x.message : `${path}: ${x.message}`, code: x.code ?? 'internal', ...(x.loc ? { loc: x.loc } : {}) });
    }
  };

  for await (const d of discover(opts.inputs, opts.stdin)) {
    if (opts.signal?.aborted) break;
    // Backpressure: never queue more than a few batches of work ahead of the workers.
    if (queue.size > concurrency * 4) await queue.onSizeLessThan(concurrency * 2);
    void queue.add(() => one(d.path, d.problem));
  }
  await queue.onIdle();
  for (const s of sinks) await s.close();
  await compact(files);
  show.stop(tally);
  const ms = Date.now() - tally.startedAt;
  return { total: tally.done, ...tally.byStatus, byRule: tally.byRule, docsPerSecond: tally.done / Math.max(0.001, ms / 1000), ms };
}

/** One line per input in the manifest, one per document in records.jsonl, flags rebuilt from the records. */
async function compact(files: { records: string; flags: string; manifest: string }): Promise<void> {
  await compactJsonl<ManifestLine>(files.manifest, (l) => l.path);
  await compactJsonl<DisclosureRecord>(files.records, (r) => r.id);
  const tmp = `${files.flags}.tmp`;
  writeFileSync(tmp, '');
  const flags = new AppendLog(tmp);
  for await (const r of readJsonl<DisclosureRecord>(files.records)) flags.append(r.flags.map((f) => ({ documentId: r.id, path: r.source.path, ...f })));
  renameSync(tmp, files.flags);
}

async function withTimeout<T>(p: Promise<T>, ms: number, path: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${path}: took longer than ${ms} ms`), { code: 'timeout' })), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
