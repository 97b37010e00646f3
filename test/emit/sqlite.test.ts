// SQLite sink: processes sharing one file (queue workers) migrate it once between them, none fails on the lock.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.ts';

const PROCESSES = 12;

/** A process that opens the file once `start` exists: `ready` when it is polling, `done` when it has exited. */
function opener(file: string, start: string) {
  const child = spawn('node', ['--import', 'tsx', 'test/emit/fixtures/open-sqlite.ts', file, start], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const ready = new Promise((resolve) => child.stdout.once('data', resolve));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  return { ready, done };
}

describe('SQLite sink', () => {
  it('is migrated once when several processes open the same new file at the same moment', async () => {
    const dir = tempDir('sqlite-race-');
    const file = join(dir, 'out.sqlite');
    const start = join(dir, 'go');
    const runs = Array.from({ length: PROCESSES }, () => opener(file, start));
    await Promise.all(runs.map((r) => r.ready));
    writeFileSync(start, '');
    const results = await Promise.all(runs.map((r) => r.done));
    expect(results.map((r) => r.stderr)).toEqual(Array(PROCESSES).fill(''));
    expect(results.map((r) => r.code)).toEqual(Array(PROCESSES).fill(0));
    const db = new Database(file, { readonly: true });
    const versions = db
      .prepare('SELECT version FROM schema_migrations ORDER BY version')
      .all()
      .map((r) => (r as { version: number }).version);
    db.close();
    expect(versions).toEqual([1, 2]);
  }, 60_000);
});
