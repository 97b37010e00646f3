// The document worker pool: a runaway job is terminated at the time limit, a heap hog at the memory limit,
// with the tools it started; the pool goes on with a fresh worker.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LimitError, WorkerPool } from '../../src/limits/pool.ts';
import { pidAlive } from '../../src/limits/temp.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const spec = { module: new URL('./fixtures/jobs.ts', import.meta.url).href, export: 'misbehave' };
const doc = (text: string, path = `${text.split(' ')[0]}.md`) => ({ path, bytes: Buffer.from(text), sha256: 'x' });

describe('the worker pool', () => {
  it('stops a job past its time or memory limit, kills its tools, and goes on', async () => {
    const pool = new WorkerPool(spec, { timeoutMs: 3_000, maxMemoryMb: 64 }, 1);
    try {
      expect(await pool.run(doc('hello'))).toEqual({ path: 'hello.md', size: 5 });
      await expect(pool.run(doc('loop'))).rejects.toThrow(new LimitError('loop.md: took longer than 3000 ms; stopped (raise with --timeout)'));
      const pidFile = join(tempDir('pool-'), 'pid');
      await expect(pool.run(doc(`tool ${pidFile}`, 'tool.md'))).rejects.toMatchObject({ code: 'limit' });
      expect(existsSync(pidFile)).toBe(true);
      const pid = Number(readFileSync(pidFile, 'utf8'));
      // The group is killed when the worker is dropped; give the kernel a moment to reap it.
      for (let i = 0; i < 50 && pidAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
      expect(pidAlive(pid)).toBe(false);
      expect(await pool.run(doc('after'))).toEqual({ path: 'after.md', size: 5 });
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('stops a job that fills its heap, and goes on', async () => {
    // A time limit far away, so that only the memory limit can stop it.
    const pool = new WorkerPool(spec, { timeoutMs: 600_000, maxMemoryMb: 64 }, 1);
    try {
      await expect(pool.run(doc('heap'))).rejects.toThrow(new LimitError('heap.md: used more than 64 MB of memory; stopped (raise with --max-memory)'));
      expect(await pool.run(doc('after'))).toEqual({ path: 'after.md', size: 5 });
    } finally {
      await pool.close();
    }
  }, 600_000);
});
