// BullMQ: two worker processes over the same inputs give the local batch's records; failing jobs are kept with their reason.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.ts';
import { drained, enqueue, queueSummary } from '../../src/queue/index.ts';
import { fakeCorpus, fakeProcess } from '../batch/fake.ts';
import { missing, startPostgres, startRedis, type Service } from '../helpers/services.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const N = 40;
const lines = (f: string) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const byId = (rs: { id: string }[]) => [...rs].sort((a, b) => a.id.localeCompare(b.id));
const skip = missing('redis') ?? missing('postgres');

function worker(redis: string, out: string, queue: string, pgUrl = ''): Promise<ChildProcess> {
  const child = spawn('node', ['--import', 'tsx', 'test/queue/fixtures/worker.ts', redis, out, queue, pgUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}
const stop = (c: ChildProcess) =>
  new Promise((r) => {
    c.once('exit', r);
    c.kill('SIGTERM');
  });

describe.skipIf(skip)('BullMQ queue', () => {
  let redis: Service;
  let db: Service;
  beforeAll(async () => {
    [redis, db] = await Promise.all([startRedis(), startPostgres()]);
  });
  afterAll(async () => {
    await redis?.stop();
    await db?.stop();
  });

  it('two workers produce the same records as a local batch, each document once', async () => {
    const input = fakeCorpus(tempDir('queue-in-'), N);
    const local = tempDir('queue-local-');
    await runBatch({ inputs: [input], outDir: local, process: fakeProcess, progress: 'none', stderr: new PassThrough().resume() });

    const out = tempDir('queue-out-');
    const first = await enqueue({ inputs: [input], redis: redis.url, queueName: 'same' });
    expect(first).toEqual({ added: N, unreadable: [] });
    await enqueue({ inputs: [input], redis: redis.url, queueName: 'same' }); // idempotent: jobId is the sha256
    const workers = await Promise.all([worker(redis.url, out, 'same', db.url), worker(redis.url, out, 'same', db.url)]);
    const s = await drained({ redis: redis.url, queueName: 'same' });
    await Promise.all(workers.map(stop));

    expect([s.completed, s.failed]).toEqual([N, []]);
    const queued = lines(join(out, 'records.jsonl'));
    expect(queued).toHaveLength(N);
    expect(byId(queued)).toEqual(byId(lines(join(local, 'records.jsonl'))));
    expect(
      lines(join(out, 'manifest.jsonl'))
        .map((l) => l.status)
        .sort(),
    ).toEqual(
      lines(join(local, 'manifest.jsonl'))
        .map((l) => l.status)
        .sort(),
    );
    const c = new pg.Client(db.url);
    await c.connect();
    expect((await c.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM documents')).rows).toEqual([{ n: N, d: N }]);
    await c.end();
  });

  it('keeps a job that always fails with its reason, after three attempts', async () => {
    const input = tempDir('queue-bad-');
    writeFileSync(join(input, 'boom.txt'), 'BOOM\n');
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'good.txt'), '好局\n7\n');
    const out = tempDir('queue-out-');
    expect(await enqueue({ inputs: [input, join(input, 'missing.txt')], redis: redis.url, queueName: 'bad', backoffMs: 10 })).toEqual({
      added: 3,
      unreadable: [`${join(input, 'missing.txt')}: cannot be read (ENOENT)`],
    });
    const w = await worker(redis.url, out, 'bad');
    await drained({ redis: redis.url, queueName: 'bad' });
    await stop(w);
    const s = await queueSummary({ redis: redis.url, queueName: 'bad' });
    expect(s.completed).toBe(1);
    expect(s.failed.map((f) => [f.path.slice(input.length + 1), f.reason, f.attempts]).sort()).toEqual([
      ['boom.txt', `${join(input, 'boom.txt')}: kaboom`, 3],
      ['empty.txt', `${join(input, 'empty.txt')}: the file is empty`, 1],
    ]);
    expect(
      lines(join(out, 'manifest.jsonl'))
        .map((l) => [l.path.slice(input.length + 1), l.status, l.message ?? null])
        .sort(),
    ).toEqual([
      ['boom.txt', 'error', `${join(input, 'boom.txt')}: kaboom`],
      ['empty.txt', 'error', `${join(input, 'empty.txt')}: the file is empty`],
      ['good.txt', 'ok', null],
    ]);
  });
});
