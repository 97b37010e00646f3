// `extract`: the batch over inputs, with the embedded SQLite default and optional PostgreSQL and CSV.
import { join } from 'node:path';
import { extractJob } from '../limits/extract-spec.ts';
import type { Sink } from '../emit/sink.ts';
import type { DisclosureRecord } from '../model/index.ts';
import { readJsonl } from '../emit/read-jsonl.ts';

export type ExtractCommandOptions = {
  out: string;
  concurrency: number;
  force: boolean;
  pg?: string;
  sqlite: boolean;
  ocr: boolean;
  format?: 'csv';
  progress: 'auto' | 'bar' | 'lines' | 'none';
  maxBytes: number;
  timeout: number;
  maxMemory: number;
  wait: boolean;
  perHost?: number;
  hostDelay?: number;
  fetchTimeout?: number;
  retries?: number;
  followOffsite?: boolean;
};

/** Run a batch; 1 when any input could not be read, else 0. */
export async function extractCommand(inputs: string[], opts: ExtractCommandOptions): Promise<number> {
  const { runBatch } = await import('../batch/run.ts');
  // -j bounds OCR'd pages in flight too, across the documents read at once.
  if (opts.ocr) (await import('../parse/pdf/ocr/pool.ts')).setOcrConcurrency(opts.concurrency);
  const sinks: Sink[] = [];
  if (opts.pg) {
    const { openPostgresSink } = await import('../emit/postgres.ts');
    sinks.push(await openPostgresSink(opts.pg));
  }
  const summary = await runBatch({
    inputs,
    outDir: opts.out,
    sinks,
    sqlite: opts.sqlite,
    concurrency: opts.concurrency,
    force: opts.force,
    maxBytes: opts.maxBytes,
    timeoutMs: opts.timeout,
    maxMemoryMb: opts.maxMemory,
    wait: opts.wait,
    progress: opts.progress,
    urls: {
      maxBytes: opts.maxBytes,
      ...(opts.perHost !== undefined ? { perHost: opts.perHost } : {}),
      ...(opts.hostDelay !== undefined ? { delayMs: opts.hostDelay } : {}),
      ...(opts.fetchTimeout !== undefined ? { timeoutMs: opts.fetchTimeout } : {}),
      ...(opts.retries !== undefined ? { retries: opts.retries } : {}),
      followOffsite: opts.followOffsite ?? false,
    },
    // Each document in a worker thread under --timeout and --max-memory (src/limits/pool.ts).
    isolate: extractJob({ ocr: opts.ocr }),
  });
  if (opts.format === 'csv') {
    const { writeCsv } = await import('../emit/csv.ts');
    const files = await writeCsv(readJsonl<DisclosureRecord>(join(opts.out, 'records.jsonl')), opts.out);
    process.stderr.write(`csv: ${files.join(', ')}\n`);
  }
  return summary.error > 0 ? 1 : 0;
}
