// `enqueue` and `worker`: the same per-document function behind a BullMQ queue.
import { extractJob } from '../limits/extract-spec.ts';

/** Put every input on the queue (idempotent by sha256). */
export async function enqueueCommand(inputs: string[], opts: { redis: string; queue: string }): Promise<number> {
  const { enqueue } = await import('../queue/index.ts');
  const n = await enqueue({ inputs, redis: opts.redis, queueName: opts.queue });
  process.stderr.write(`enqueued ${typeof n === 'number' ? n : JSON.stringify(n)}\n`);
  return 0;
}

/** Process jobs until SIGINT/SIGTERM. */
export async function workerCommand(opts: {
  redis: string;
  queue: string;
  out: string;
  pg?: string;
  concurrency: number;
  ocr: boolean;
  maxBytes: number;
  timeout: number;
  maxMemory: number;
}): Promise<number> {
  const { startWorker } = await import('../queue/index.ts');
  const worker = await startWorker({
    redis: opts.redis,
    queueName: opts.queue,
    outDir: opts.out,
    pg: opts.pg,
    concurrency: opts.concurrency,
    isolate: extractJob({ ocr: opts.ocr }),
    maxBytes: opts.maxBytes,
    timeoutMs: opts.timeout,
    maxMemoryMb: opts.maxMemory,
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await worker.close();
  return 0;
}
