// Inside a document worker: import the job function once, then run one document per message, errors as data.
import { parentPort, workerData } from 'node:worker_threads';
import type { JobSpec, WorkerReply, WorkerRequest } from './pool.ts';

const spec = workerData as JobSpec;
const mod = (await import(spec.module)) as Record<string, unknown>;
const fn = mod[spec.export] as (input: WorkerRequest['input'], options: unknown) => Promise<unknown>;
if (typeof fn !== 'function') throw new Error(`${spec.module} has no function ${spec.export}`);

parentPort!.on('message', async (m: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { kind: 'result', id: m.id, ok: true, value: await fn(m.input, spec.options) };
  } catch (e) {
    const x = e as Error & { code?: unknown; loc?: unknown };
    reply = {
      kind: 'result',
      id: m.id,
      ok: false,
      error: { message: String(x?.message ?? x), code: typeof x?.code === 'string' ? x.code : undefined, loc: x?.loc, name: x?.name },
    };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ kind: 'ready' } satisfies WorkerReply);
