// Each document runs in a worker thread with a heap cap and a wall clock: a runaway parser is terminated from
// outside (worker.terminate stops even a tight loop), never raced by a timer in its own thread. Workers are
// reused while they behave; one that hits a limit is thrown away with every tool process group it started.
import { workerEntry } from './locate.ts';
import { Worker } from 'node:worker_threads';
import { killGroup, type ChildMessage } from './children.ts';

/** Which exported function of which module (a file: URL) runs each document, and its extra argument. */
export type JobSpec = { module: string; export: string; options?: unknown };
export type Limits = { timeoutMs: number; maxMemoryMb: number };
export type JobInput = { path: string; bytes: Uint8Array; sha256: string };

export type WorkerRequest = { id: number; input: JobInput };
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; ok: true; value: unknown }
  | { kind: 'result'; id: number; ok: false; error: { message: string; code?: string; loc?: unknown; name?: string } };

/** Young generation beside --max-memory's old generation: V8's default scavenger size is plenty. */
const YOUNG_GENERATION_MB = 32;

/** A document stopped at a limit (`code: 'limit'`); the message names the document and the limit. */
export class LimitError extends Error {
  readonly code = 'limit';
}

type Pending = { id: number; path: string; resolve: (v: unknown) => void; reject: (e: Error) => void; timer?: NodeJS.Timeout };
type Slot = { worker: Worker; ready: Promise<void>; children: Set<number>; job?: Pending; dead: boolean };

/** A fixed number of document workers; `run` resolves with the job's value or rejects with its error. */
export class WorkerPool {
  private readonly idle: Slot[] = [];
  private readonly live = new Set<Slot>();
  private readonly waiting: { give: (s: Slot) => void; fail: (e: Error) => void }[] = [];
  /** Workers loading their modules (a few seconds of CPU each): one at a time, and only while jobs wait. */
  private starting = 0;
  private seq = 0;
  private closed = false;

  constructor(
    private readonly spec: JobSpec,
    private readonly limits: Limits,
    private readonly size: number,
  ) {}

  /** Run one document; a LimitError when it runs past the time or memory limit, the job's own error otherwise. */
  async run(input: JobInput): Promise<unknown> {
    let slot: Slot;
    try {
      slot = await this.acquire();
    } catch (e) {
      throw new Error(`${input.path}: the document worker could not start (${(e as Error).message})`);
    }
    return new Promise((resolve, reject) => {
      const job: Pending = { id: ++this.seq, path: input.path, resolve, reject };
      job.timer = setTimeout(() => {
        this.fail(slot, new LimitError(`${input.path}: took longer than ${this.limits.timeoutMs} ms; stopped (raise with --timeout)`));
      }, this.limits.timeoutMs);
      slot.job = job;
      slot.worker.postMessage({ id: job.id, input } satisfies WorkerRequest);
    });
  }

  /** Start loading the first worker now, while the caller still opens its outputs: its modules load in parallel. */
  warm(): void {
    if (!this.closed && this.live.size === 0) this.spawn();
  }

  /** Stop every worker and the tools they started. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.live].map((s) => this.discard(s)));
  }

  /** An idle ready worker, or a place in line; a line makes the pool grow towards its size, one start at a time
   *  (a short batch is done by the first worker before a second has loaded: no start-up paid for nothing). */
  private acquire(): Promise<Slot> {
    const s = this.idle.pop();
    if (s) return Promise.resolve(s);
    return new Promise((give, fail) => {
      this.waiting.push({ give, fail });
      this.grow();
    });
  }

  private grow(): void {
    if (this.closed || this.starting > 0 || this.waiting.length === 0 || this.live.size >= this.size) return;
    this.spawn();
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next.give(slot);
    else this.idle.push(slot);
  }

  private spawn(): Slot {
    const worker = new Worker(workerEntry(), {
      workerData: this.spec,
      execArgv: [],
      stdout: false,
      stderr: false,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    let started!: () => void;
    let failed!: (e: Error) => void;
    const slot: Slot = {
      worker,
      children: new Set(),
      dead: false,
      ready: new Promise<void>((res, rej) => {
        started = res;
        failed = rej;
      }),
    };
    this.starting++;
    this.live.add(slot);
    let up = false;
    slot.ready.then(
      () => {
        up = true;
        this.starting--;
        this.release(slot);
        this.grow();
      },
      (e: Error) => {
        if (up) return;
        this.starting--;
        // A worker that cannot even load its module: every job waiting would meet the same, so they fail now.
        for (const w of this.waiting.splice(0)) w.fail(e);
      },
    );
    worker.on('message', (m: WorkerReply | ChildMessage) => {
      if (m.kind === 'child') {
        if (m.alive) slot.children.add(m.pid);
        else slot.children.delete(m.pid);
        return;
      }
      if (m.kind === 'ready') return started();
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      clearTimeout(job.timer);
      slot.job = undefined;
      if (m.ok) job.resolve(m.value);
      else job.reject(Object.assign(new Error(m.error.message), { code: m.error.code, loc: m.error.loc, name: m.error.name ?? 'Error' }));
      this.release(slot);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      failed(e);
      const why =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `used more than ${this.limits.maxMemoryMb} MB of memory; stopped (raise with --max-memory)`
          : `crashed its worker (${e.message})`;
      if (slot.job) this.fail(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new LimitError(`${slot.job.path}: ${why}`) : new Error(`${slot.job.path}: ${why}`));
    });
    worker.on('exit', (code) => {
      failed(new Error(`worker exited with ${code}`));
      if (slot.job) this.fail(slot, new Error(`${slot.job.path}: crashed its worker (exit ${code})`));
      else this.discard(slot);
    });
    return slot;
  }

  /** Settle the slot's job with `e` and replace the worker: its heap or its tools may be in any state. */
  private fail(slot: Slot, e: Error): void {
    const job = slot.job;
    slot.job = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.reject(e);
    }
    void this.discard(slot);
  }

  private async discard(slot: Slot): Promise<void> {
    if (slot.dead) return;
    slot.dead = true;
    this.live.delete(slot);
    const i = this.idle.indexOf(slot);
    if (i >= 0) this.idle.splice(i, 1);
    for (const pid of slot.children) killGroup(pid);
    slot.children.clear();
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.reject(new Error(`${slot.job.path}: stopped`));
      slot.job = undefined;
    }
    this.grow();
    await slot.worker.terminate().catch(() => undefined);
  }
}
