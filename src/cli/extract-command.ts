// `extract`: the batch over inputs, with the embedded SQLite default and optional PostgreSQL and CSV.
import { join } from 'node:path';
import { extract } from '../extract.ts';
import type { Sink } from '../emit/sink.ts';
import type { DisclosureRecord } from '../model/index.ts';
import { readJsonl } from '../emit/read-jsonl.ts';

export type ExtractCommandOptions = {
  out: string; concurrency: number; force: boolean; pg?: string; sqlite: boolean; ocr: boolean;
  format?: 'csv'; progress: 'auto' | 'bar' | 'lines' | 'none'; maxBytes: number; timeout: number;
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
    inputs, outDir: opts.out, sinks, sqlite: opts.sqlite, concurrency: opts.concurrency, force: opts.force,
    maxBytes: opts.maxBytes, timeoutMs: opts.timeout, progress: opts.progress,
    process: async (input) => (await extract(input, { ocr: opts.ocr })).records,
  });
  if (opts.format === 'csv') {
    const { writeCsv } = await import('../emit/csv.ts');
    const files = await writeCsv(readJsonl<DisclosureRecord>(join(opts.out, 'records.jsonl')), opts.out);
    process.stderr.write(`csv: ${files.join(', ')}\n`);
  }
  return summary.error > 0 ? 1 : 0;
}
