// One run per output folder: a second run stops with a clear message, or waits; a dead run's lock is taken
// over; two runs one after the other on one folder lose and double nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.ts';
import { LOCK_FILE, LockedError } from '../../src/batch/lock.ts';
import { jsonLines } from '../helpers/kill-mid-batch.ts';
import { fakeCorpus, fakeProcess } from './fake.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const N = 30;
const quiet = () => new PassThrough().resume();

describe('the output-folder lock', () => {
  it('stops a second run while the first is alive, and lets a waiting one in after it', async () => {
    const inA = fakeCorpus(tempDir('lock-a-'), N);
    const inB = tempDir('lock-b-');
    for (let i = 0; i < N; i++) writeFileSync(join(inB, `other-${i}.txt`), `另一县第${i}局\n${i}.5\n`);
    const out = tempDir('lock-out-');
    // The first run's documents wait at a gate, so that it is surely alive while the second one starts.
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    let entered!: () => void;
    const inside = new Promise<void>((r) => {
      entered = r;
    });
    const gated = async (x: Parameters<typeof fakeProcess>[0]) => {
      entered();
      await gate;
      return fakeProcess(x);
    };
    const first = runBatch({ inputs: [inA], outDir: out, process: gated, progress: 'none', stderr: quiet(), concurrency: 2 });
    await inside;
    const second = runBatch({ inputs: [inB], outDir: out, process: fakeProcess, progress: 'none', stderr: quiet() });
    await expect(second).rejects.toThrow(LockedError);
    await expect(second).rejects.toThrow(`${out} is in use by another budget-extract run (pid ${process.pid} on ${hostname()}, since`);
    const waited = runBatch({ inputs: [inB], outDir: out, process: fakeProcess, progress: 'none', stderr: quiet(), wait: true });
    open();
    const [a, b] = await Promise.all([first, waited]);
    expect([a.total, a.ok + a.flagged, b.total, b.ok + b.flagged]).toEqual([N, N, N, N]);
    const manifest = jsonLines(join(out, 'manifest.jsonl'));
    expect(manifest).toHaveLength(2 * N);
    expect(new Set(manifest.map((l) => l.path)).size).toBe(2 * N);
    const records = jsonLines(join(out, 'records.jsonl'));
    expect(records).toHaveLength(2 * N);
    expect(new Set(records.map((r) => r.id)).size).toBe(2 * N);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });

  it('takes over the lock of a process that is gone', async () => {
    const dead = spawnSync('node', ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const out = tempDir('lock-stale-');
    writeFileSync(join(out, LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout), host: hostname(), since: 'then' }));
    writeFileSync(join(out, 'manifest.jsonl.tmp'), '{"torn');
    const input = fakeCorpus(tempDir('lock-in-'), 4);
    const s = await runBatch({ inputs: [input], outDir: out, process: fakeProcess, progress: 'none', stderr: quiet() });
    expect(s.total).toBe(4);
    expect(readdirSync(out).sort()).toEqual(['budget.sqlite', 'flags.jsonl', 'manifest.jsonl', 'records.jsonl']);
  });
});
