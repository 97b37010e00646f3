// A batch over a stream of inputs: p-queue for concurrency, the manifest as commit log, resume by sha256.
// Documents run in worker threads under --timeout and --max-memory (src/limits); the output folder is locked.
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import PQueue from 'p-queue';
import type { DisclosureRecord, Loc } from '../model/index.ts';
import type { Sink } from '../emit/sink.ts';
import { sha256 } from '../ingest/index.ts';
import { readRegularFile } from '../ingest/open.ts';
import { isUrl, urlInputs, type UrlDocument, type UrlOptions } from './url/inputs.ts';
import { WorkerPool, type JobSpec } from '../limits/pool.ts';
import { sweepStaleTemp } from '../limits/temp.ts';
import { discover } from './discover.ts';
import { AppendLog, CRASHED, isOutputFault, manifestState, outputError, OutputError, type ManifestLine, type StartedLine } from './manifest.ts';
import { compactOutputs } from './compact.ts';
import { lockOutDir } from './lock.ts';
import { checkRecordsAgainstManifest } from './verify.ts';
import { progress, type Tally } from './progress.ts';

/** Runs a document may crash before it is no longer tried (a first crash may have been a plain kill -9). */
export const MAX_CRASHES = 2;

export type BatchInput = { path: string; bytes: Uint8Array; sha256: string };

/** Defaults of the per-document limits (the CLI's --max-bytes, --timeout, --max-memory). */
export const LIMITS = { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000, maxMemoryMb: 1024 } as const;

export type BatchOptions = {
  inputs: string[];
  outDir: string;
  /** The per-document function in this thread (tests, embedding); its time limit is only a race, not a stop. */
  process?: (input: BatchInput) => Promise<DisclosureRecord | DisclosureRecord[]>;
  /** How http(s) inputs are downloaded (per-host concurrency, delay, retries, limits); see src/batch/url. */
  urls?: Partial<UrlOptions>;
  /** The per-document function as a module export, run in worker threads whose limits hold (the CLI's way). */
  isolate?: JobSpec;
  sinks?: Sink[];
  sqlite?: boolean;
  concurrency?: number;
  force?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxMemoryMb?: number;
  /** Wait for another run on the same output folder to end instead of stopping. */
  wait?: boolean;
  progress?: 'auto' | 'bar' | 'lines' | 'none';
  stderr?: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  /** Stop taking new inputs when aborted; documents in flight still finish and are committed. */
  signal?: AbortSignal;
};

export type BatchSummary = {
  total: number;
  ok: number;
  flagged: number;
  error: number;
  skipped: number;
  byRule: Record<string, number>;
  docsPerSecond: number;
  ms: number;
  lost: string[];
};

/** Run every input through the per-document function into outDir's JSONL files, manifest and databases; never
 *  throws for one bad input; throws LockedError when the folder is in use, OutputError when it cannot be written. */
export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const err = opts.stderr ?? process.stderr;
  mkdirSync(opts.outDir, { recursive: true });
  const release = await lockOutDir(opts.outDir, { wait: opts.wait, onWait: (m) => err.write(m) });
  try {
    await sweepStaleTemp();
    removeTempFiles(opts.outDir);
    return await locked(opts, err);
  } finally {
    release();
  }
}

async function locked(opts: BatchOptions, err: NodeJS.WritableStream): Promise<BatchSummary> {
  const concurrency = opts.concurrency ?? availableParallelism();
  const limits = {
    maxBytes: opts.maxBytes ?? LIMITS.maxBytes,
    timeoutMs: opts.timeoutMs ?? LIMITS.timeoutMs,
    maxMemoryMb: opts.maxMemoryMb ?? LIMITS.maxMemoryMb,
  };
  const pool = opts.isolate ? new WorkerPool(opts.isolate, limits, concurrency) : undefined;
  // The first worker loads while the manifest is read and the databases opened (a resumed batch with nothing left
  // to do pays one worker's start for it; a small batch waits that much less).
  pool?.warm();
  const files = { records: join(opts.outDir, 'records.jsonl'), flags: join(opts.outDir, 'flags.jsonl'), manifest: join(opts.outDir, 'manifest.jsonl') };
  const state = await manifestState(files.manifest);
  const done = opts.force ? new Map<string, ManifestLine>() : state.done;
  const crashes = opts.force ? new Map<string, number>() : state.crashes;
  const logs = { records: new AppendLog(files.records), flags: new AppendLog(files.flags), manifest: new AppendLog(files.manifest) };
  // Documents in flight when an earlier run died are marked now, so that one crasher cannot stop every resume.
  // The run was perhaps only killed, so each is tried once more, last, when everything else is committed.
  const crashedLine = (l: { path: string; sha256: string | null }, runs: number): ManifestLine => ({
    path: l.path,
    sha256: l.sha256,
    status: 'error',
    ms: 0,
    code: CRASHED,
    message: `${l.path}: crashed the process (it was being read when ${runs === 1 ? 'an earlier run' : `${runs} earlier runs`} died)${runs >= MAX_CRASHES ? '; not tried again (use --force to retry)' : '; tried again at the end of this run'}`,
  });
  for (const s of state.crashed) logs.manifest.append([crashedLine(s, crashes.get(s.sha256) ?? 1)]);
  const deferred: string[] = [];
  // better-sqlite3 is loaded only when the SQLite sink is wanted (not with --no-sqlite).
  const sqlite = opts.sqlite === false ? [] : [(await import('../emit/sqlite.ts')).openSqliteSink(join(opts.outDir, 'budget.sqlite'))];
  const sinks = [...sqlite, ...(opts.sinks ?? [])];
  for (const s of sinks) await s.open();

  const tally: Tally = { done: 0, byStatus: { ok: 0, flagged: 0, error: 0, skipped: 0 }, flags: 0, byRule: {}, startedAt: Date.now() };
  const show = progress(opts.progress ?? 'auto', err);
  let fatal: OutputError | undefined;
  const finish = (line: ManifestLine, records: DisclosureRecord[] = []) => {
    // A document's lines go in whole or not at all: on a failed write every log is cut back to its mark.
    const marks = { records: logs.records.size(), flags: logs.flags.size(), manifest: logs.manifest.size() };
    try {
      for (const record of records) {
        logs.records.append([record]);
        logs.flags.append(record.flags.map((f) => ({ documentId: record.id, path: record.source.path, ...f })));
      }
      logs.manifest.append([line]); // the commit point: after this the document counts as done
    } catch (e) {
      for (const k of ['records', 'flags', 'manifest'] as const) logs[k].truncate(marks[k]);
      throw e;
    }
    tally.done++;
    tally.byStatus[line.status]++;
    tally.flags += line.flags ?? 0;
    for (const [r, n] of Object.entries(line.byRule ?? {})) tally.byRule[r] = (tally.byRule[r] ?? 0) + n;
    if (line.status === 'error') err.write(`error: ${line.message}\n`);
    show.update(tally);
  };

  const work = async (input: BatchInput): Promise<DisclosureRecord[]> => {
    const result = pool ? ((await pool.run(input)) as DisclosureRecord | DisclosureRecord[]) : await inThread(input);
    return Array.isArray(result) ? result : [result];
  };
  const inThread = (input: BatchInput) => {
    if (!opts.process) throw new Error('runBatch needs `process` or `isolate`');
    return withTimeout(opts.process(input), limits.timeoutMs, input.path);
  };
  const queue = new PQueue({ concurrency });
  // Started lines of documents in flight, by byte offset: a run stopped by a full disk takes them back, so that
  // the next run does not take those documents for crashers.
  const inFlight = new Map<string, number>();
  // `given`: a downloaded document (src/batch/url), already in memory; the parser sees its stored copy.
  const one = async (path: string, problem?: string, retry = false, given?: UrlDocument) => {
    if (fatal) return;
    const t0 = Date.now();
    let sha: string | null = null;
    try {
      try {
        if (problem) throw Object.assign(new Error(problem), { code: 'unreadable' });
        const bytes = given ? given.bytes : await readRegularFile(path, limits.maxBytes);
        sha = sha256(bytes);
        const previous = done.get(sha);
        if (previous)
          return finish({
            path,
            sha256: sha,
            status: 'skipped',
            ms: Date.now() - t0,
            documentId: previous.documentId,
            ...(previous.tables ? { tables: previous.tables } : {}),
            previousStatus: previous.status,
            flags: 0,
            ...given?.line,
          });
        const runs = crashes.get(sha) ?? 0;
        if (runs >= MAX_CRASHES) return finish({ ...crashedLine({ path, sha256: sha }, runs), ms: Date.now() - t0 });
        if (runs > 0 && !retry) {
          deferred.push(path);
          return;
        }
        const at = logs.manifest.size();
        logs.manifest.append([{ path, sha256: sha, status: 'started', at: new Date().toISOString() } satisfies StartedLine]);
        inFlight.set(path, at);
        const records = await work({ path: given?.parsePath ?? path, bytes, sha256: sha });
        if (given) for (const record of records) record.source = { ...record.source, path, ...given.source };
        for (const s of sinks) await s.forget?.(sha, path);
        for (const record of records) for (const s of sinks) await s.write(record);
        const flags = records.flatMap((r) => r.flags);
        const loud = flags.filter((f) => f.severity !== 'info').length;
        const byRule: Record<string, number> = {};
        for (const f of flags) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
        const tables = records.length > 1 ? { tables: records.map((r) => r.id) } : {};
        finish(
          {
            path,
            sha256: sha,
            status: loud ? 'flagged' : 'ok',
            ms: Date.now() - t0,
            documentId: records[0]!.id,
            ...tables,
            flags: flags.length,
            warnings: loud,
            byRule,
            ...given?.line,
          },
          records,
        );
        inFlight.delete(path);
      } catch (e) {
        if (isOutputFault(e)) throw e;
        const x = e as Error & { code?: string; loc?: Loc };
        // A document read before and failing now keeps no record of the earlier reading in the databases.
        if (sha !== null && x.code !== 'unreadable') for (const s of sinks) await s.forget?.(sha, path);
        const message = given ? x.message.replaceAll(given.parsePath, path) : x.message;
        const line: ManifestLine = {
          path,
          sha256: sha,
          status: 'error',
          ms: Date.now() - t0,
          message: message.startsWith(path) ? message : `${path}: ${message}`,
          code: x.code ?? 'internal',
          ...(x.loc ? { loc: x.loc } : {}),
          ...given?.line,
        };
        finish(given?.rewriteError?.(line) ?? line);
        inFlight.delete(path);
      }
    } catch (e) {
      // The output folder cannot take more: stop taking documents; what is committed stays as it is.
      fatal ??= outputError(opts.outDir, e);
      queue.clear();
    }
  };

  try {
    const urls = urlInputs(opts.outDir, opts.urls);
    const urlSink = {
      document: (doc: UrlDocument) => one(doc.path, undefined, false, doc),
      line: (line: ManifestLine) => finish(line),
      enqueue: (task: () => Promise<void>) => void queue.add(task),
    };
    for await (const d of discover(opts.inputs, opts.stdin)) {
      if (opts.signal?.aborted || fatal) break;
      // Backpressure: never queue more than a few batches of work ahead of the workers.
      if (queue.size > concurrency * 4) await queue.onSizeLessThan(concurrency * 2);
      if (!d.problem && isUrl(d.path)) void queue.add(() => urls.handle(d.path, urlSink));
      else void queue.add(() => one(d.path, d.problem));
    }
    await queue.onIdle();
    for (const path of deferred) if (!fatal) void queue.add(() => one(path, undefined, true));
    await queue.onIdle();
  } finally {
    if (pool) {
      await pool.close();
      await sweepStaleTemp(undefined, true);
    }
    for (const s of sinks)
      await s.close().catch((e) => {
        fatal ??= outputError(opts.outDir, e);
      });
  }
  if (fatal) {
    if (inFlight.size) {
      const open = new Set(inFlight.keys());
      logs.manifest.dropAfter(Math.min(...inFlight.values()), (l) => {
        try {
          const j = JSON.parse(l) as StartedLine;
          return j.status === 'started' && open.has(j.path);
        } catch {
          return true;
        }
      });
    }
    removeTempFiles(opts.outDir);
    show.stop(tally);
    throw fatal;
  }
  await compactOutputs(files);
  const lost = await checkRecordsAgainstManifest(files);
  for (const p of lost) err.write(`error: ${p}: counted as done but its record was missing from records.jsonl; marked as an error, to be done again\n`);
  show.stop(tally);
  const ms = Date.now() - tally.startedAt;
  return { total: tally.done, ...tally.byStatus, byRule: tally.byRule, docsPerSecond: tally.done / Math.max(0.001, ms / 1000), ms, lost };
}

/** Compaction copies left by a run that died (the lock is held, so none is another run's). */
function removeTempFiles(outDir: string): void {
  for (const f of readdirSync(outDir)) if (f.endsWith('.jsonl.tmp')) rmSync(join(outDir, f), { force: true });
}

async function withTimeout<T>(p: Promise<T>, ms: number, path: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${path}: took longer than ${ms} ms`), { code: 'limit' })), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
