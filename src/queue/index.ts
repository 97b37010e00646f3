// Distributed mode on BullMQ: one job per input (jobId = sha256), workers run the batch's per-document function and sinks.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { DisclosureRecord } from '../model/index.ts';
import type { Sink } from '../emit/sink.ts';
import { sha256 } from '../ingest/index.ts';
import { discover } from '../batch/discover.ts';
import { AppendLog, type ManifestLine } from '../batch/manifest.ts';
import { LIMITS } from '../batch/run.ts';
import { readRegularFile } from '../ingest/open.ts';
import { WorkerPool, type JobSpec } from '../limits/pool.ts';

export const DEFAULT_QUEUE = 'budget-extract';
/** Enqueueing only hashes a file (the worker applies --max-bytes); FIFOs and devices are still refused. */
const ENQUEUE_MAX_BYTES = 2 ** 31 - 2;
/** Attempts per job before it is kept as failed. */
export const ATTEMPTS = 3;

export type JobData = { path: string; sha256: string };
export type ProcessFn = (input: { path: string; bytes: Uint8Array; sha256: string }) => Promise<DisclosureRecord | DisclosureRecord[]>;

/** An ioredis connection BullMQ accepts for blocking commands. */
export function connect(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/** Add one job per discovered input, keyed by its sha256 so re-enqueueing the same file adds nothing. */
export async function enqueue(opts: {
  inputs: string[];
  redis: string;
  queueName?: string;
  backoffMs?: number;
}): Promise<{ added: number; unreadable: string[] }> {
  const connection = connect(opts.redis);
  const queue = new Queue<JobData>(opts.queueName ?? DEFAULT_QUEUE, { connection });
  const unreadable: string[] = [];
  let added = 0;
  try {
    for await (const d of discover(opts.inputs)) {
      if (d.problem) {
        unreadable.push(d.problem);
        continue;
      }
      let sha: string;
      try {
        sha = sha256(await readRegularFile(d.path, ENQUEUE_MAX_BYTES));
      } catch (e) {
        unreadable.push(`${d.path}: ${(e as Error).message}`);
        continue;
      }
      await queue.add(
        'document',
        { path: d.path, sha256: sha },
        {
          jobId: sha,
          attempts: ATTEMPTS,
          backoff: { type: 'exponential', delay: opts.backoffMs ?? 1000 },
          removeOnComplete: false,
          removeOnFail: false,
        },
      );
      added++;
    }
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return { added, unreadable };
}

export type WorkerOptions = {
  redis: string;
  /** The per-document function in this thread; or `isolate`: a module export run in worker threads under the limits. */
  process?: ProcessFn;
  isolate?: JobSpec;
  maxBytes?: number;
  timeoutMs?: number;
  maxMemoryMb?: number;
  queueName?: string;
  outDir?: string;
  pg?: string;
  concurrency?: number;
  /** Extra sinks beside SQLite (outDir/budget.sqlite) and PostgreSQL. */
  sinks?: Sink[];
  sqlite?: boolean;
};

/** Start a worker: each job reads its file, runs `process`, writes every sink and appends to outDir's JSONL files. */
export async function startWorker(opts: WorkerOptions): Promise<{ worker: Worker<JobData>; close(): Promise<void> }> {
  const sinks: Sink[] = [...(opts.sinks ?? [])];
  let logs: { records: AppendLog; flags: AppendLog; manifest: AppendLog } | undefined;
  if (opts.outDir) {
    mkdirSync(opts.outDir, { recursive: true });
    logs = {
      records: new AppendLog(join(opts.outDir, 'records.jsonl')),
      flags: new AppendLog(join(opts.outDir, 'flags.jsonl')),
      manifest: new AppendLog(join(opts.outDir, 'manifest.jsonl')),
    };
    if (opts.sqlite !== false) sinks.push((await import('../emit/sqlite.ts')).openSqliteSink(join(opts.outDir, 'budget.sqlite')));
  }
  if (opts.pg) sinks.push(await (await import('../emit/postgres.ts')).openPostgresSink(opts.pg));
  for (const s of sinks) await s.open();

  const limits = {
    maxBytes: opts.maxBytes ?? LIMITS.maxBytes,
    timeoutMs: opts.timeoutMs ?? LIMITS.timeoutMs,
    maxMemoryMb: opts.maxMemoryMb ?? LIMITS.maxMemoryMb,
  };
  const pool = opts.isolate ? new WorkerPool(opts.isolate, limits, opts.concurrency ?? 1) : undefined;
  const work = (input: { path: string; bytes: Uint8Array; sha256: string }) =>
    pool ? (pool.run(input) as Promise<DisclosureRecord | DisclosureRecord[]>) : opts.process!(input);
  const handle = async (job: Job<JobData>) => {
    const t0 = Date.now();
    const { path, sha256: expected } = job.data;
    let records: DisclosureRecord[];
    try {
      // The same refusals as `extract`: regular files only, --max-bytes on the opened file.
      const bytes = await readRegularFile(path, limits.maxBytes);
      if (sha256(bytes) !== expected) throw new UnrecoverableError(`${path}: changed since it was enqueued (sha256 differs)`);
      const result = await work({ path, bytes, sha256: expected });
      records = Array.isArray(result) ? result : [result];
    } catch (e) {
      if (e instanceof UnrecoverableError) throw e;
      // An InputError (it has a code) is about the bytes: retrying cannot help.
      const x = e as Error & { code?: string };
      // A document read before and failing now keeps no record of the earlier reading in the databases.
      if (x.code) for (const s of sinks) await s.forget?.(expected, path);
      const message = x.message.startsWith(path) ? x.message : `${path}: ${x.message}`;
      throw x.code ? new UnrecoverableError(message) : new Error(message, { cause: x });
    }
    for (const s of sinks) await s.forget?.(expected, path);
    for (const record of records) for (const s of sinks) await s.write(record);
    const flags = records.flatMap((r) => r.flags);
    const loud = flags.filter((f) => f.severity !== 'info').length;
    const documentId = records[0]!.id;
    if (logs) {
      for (const record of records) {
        logs.records.append([record]);
        logs.flags.append(record.flags.map((f) => ({ documentId: record.id, path, ...f })));
      }
      const tables = records.length > 1 ? { tables: records.map((r) => r.id) } : {};
      const line: ManifestLine = {
        path,
        sha256: expected,
        status: loud ? 'flagged' : 'ok',
        ms: Date.now() - t0,
        documentId,
        ...tables,
        flags: flags.length,
        warnings: loud,
      };
      logs.manifest.append([line]);
    }
    return { documentId, status: loud ? 'flagged' : 'ok', flags: flags.length };
  };

  const connection = connect(opts.redis);
  const worker = new Worker<JobData>(opts.queueName ?? DEFAULT_QUEUE, handle, { connection, concurrency: opts.concurrency ?? 1 });
  worker.on('failed', (job, err) => {
    // Only the last attempt goes to the manifest: the job is kept in Redis with the same reason.
    if (!job || !logs || (job.attemptsMade < (job.opts.attempts ?? 1) && !(err instanceof UnrecoverableError))) return;
    logs.manifest.append([
      { path: job.data.path, sha256: job.data.sha256, status: 'error', ms: 0, message: err.message, code: 'job-failed' } satisfies ManifestLine,
    ]);
  });
  worker.on('error', (e) => process.stderr.write(`worker: ${e.message}\n`));
  await worker.waitUntilReady();
  return {
    worker,
    async close() {
      await worker.close();
      await pool?.close();
      connection.disconnect();
      for (const s of sinks) await s.close();
    },
  };
}

export type QueueSummary = {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: { path: string; sha256: string; reason: string; attempts: number }[];
};

/** Counts of the queue and every failed job with its reason. */
export async function queueSummary(opts: { redis: string; queueName?: string }): Promise<QueueSummary> {
  const connection = connect(opts.redis);
  const queue = new Queue<JobData>(opts.queueName ?? DEFAULT_QUEUE, { connection });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    const failed = (await queue.getFailed(0, -1)).map((j) => ({ path: j.data.path, sha256: j.data.sha256, reason: j.failedReason, attempts: j.attemptsMade }));
    return { waiting: c.waiting ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, completed: c.completed ?? 0, failed };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

/** Resolve once nothing is waiting, active or delayed. */
export async function drained(opts: { redis: string; queueName?: string; pollMs?: number }): Promise<QueueSummary> {
  for (;;) {
    const s = await queueSummary(opts);
    if (s.waiting + s.active + s.delayed === 0) return s;
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 100));
  }
}
