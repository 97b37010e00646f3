// kill -9 in the middle of a batch, run it again: every document exactly once in JSONL, manifest, SQLite and PostgreSQL.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missing, startPostgres, type Service } from '../helpers/services.ts';
import { finishedLines, jsonLines, killWhenManifestHas } from '../helpers/kill-mid-batch.ts';
import { fakeCorpus } from './fake.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const N = 200;
const CHILD = 'test/batch/fixtures/fake-batch.ts';
const skip = missing('postgres');

describe.skipIf(skip)('kill -9 resume', () => {
  let db: Service;
  beforeAll(async () => {
    db = await startPostgres();
  });
  afterAll(async () => {
    await db?.stop();
  });

  it('finishes with every document exactly once after SIGKILL mid-batch', async () => {
    const input = fakeCorpus(tempDir('resume-in-'), N);
    const out = tempDir('resume-out-');
    const manifest = join(out, 'manifest.jsonl');
    const child = spawn('node', ['--import', 'tsx', CHILD, input, out, db.url], { stdio: 'ignore', env: { ...process.env, FAKE_DELAY_MS: '15' } });
    await killWhenManifestHas(child, manifest, 40);
    const before = finishedLines(manifest).length;
    expect(before).toBeLessThan(N);

    const summary = JSON.parse(
      execFileSync('node', ['--import', 'tsx', CHILD, input, out, db.url], { encoding: 'utf8', env: { ...process.env, FAKE_DELAY_MS: '0' } }),
    );
    expect(summary.total).toBe(N);
    expect(summary.skipped).toBeGreaterThanOrEqual(before);
    expect(summary.error).toBe(0);

    const records = jsonLines(join(out, 'records.jsonl'));
    expect(records).toHaveLength(N);
    expect(new Set(records.map((r) => r.id)).size).toBe(N);
    const m = jsonLines(manifest);
    expect(m).toHaveLength(N);
    expect(new Set(m.map((l) => l.path)).size).toBe(N);
    expect(jsonLines(join(out, 'flags.jsonl'))).toHaveLength(N);

    const lite = new Database(join(out, 'budget.sqlite'), { readonly: true });
    expect(lite.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM documents').get()).toEqual({ n: N, d: N });
    expect(lite.prepare('SELECT count(*) AS n FROM tasks').get()).toEqual({ n: 2 * N });
    lite.close();
    const c = new pg.Client(db.url);
    await c.connect();
    expect((await c.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM documents')).rows[0]).toEqual({ n: N, d: N });
    expect((await c.query('SELECT count(*)::int AS n, sum(amount)::text AS s FROM tasks')).rows[0]).toEqual({
      n: 2 * N,
      s: String(2 * ((N * (N - 1)) / 2 + 0.25 * N)) + '.00',
    });
    expect((await c.query('SELECT count(*)::int AS n FROM flags')).rows[0]).toEqual({ n: N });
    await c.end();
  });
});
