// The batch accounts for every input, resumes by sha256, and survives kill -9 with nothing lost or doubled.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { finishedLines, killWhenManifestHas } from '../helpers/kill-mid-batch.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const CLI = 'bin/budget-extract.mjs';
// Each CLI run starts its document workers (a few seconds of module loading each on a busy machine).
const SLOW = 180_000;
const seed = readFileSync('samples/suixi-2024-zuzhibu.md', 'utf8');
const lines = (f: string) =>
  existsSync(f)
    ? readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];

/** A folder of n distinct documents made from the seed, plus the bad inputs. */
function corpus(n: number, withBad = true): string {
  const dir = tempDir('batch-in-');
  mkdirSync(join(dir, 'sub'));
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, i % 2 ? 'sub' : '', `doc-${String(i).padStart(4, '0')}.md`), seed.replace('中共遂溪县委组织部', `测试县第${i}局`));
  if (withBad) for (const f of ['empty.md', 'binary.md', 'no-table.md']) copyFileSync(`test/fixtures/bad/${f}`, join(dir, f));
  return dir;
}

function run(args: string[]): { status: number; stderr: string } {
  try {
    execFileSync('node', [CLI, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stderr: '' };
  } catch (e) {
    const x = e as { status: number; stderr: string };
    return { status: x.status, stderr: x.stderr };
  }
}

describe('batch', () => {
  it(
    'accounts for every input, errors included, and exits 1 when one could not be read',
    () => {
      const input = corpus(4);
      const out = tempDir('batch-out-');
      const r = run(['extract', input, '-o', out, '--progress', 'none']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`error: ${join(input, 'empty.md')}: the file is empty`);
      const manifest = lines(join(out, 'manifest.jsonl'));
      expect(manifest.map((l) => [l.path.slice(input.length + 1), l.status, l.code ?? null]).sort()).toEqual([
        ['binary.md', 'error', 'binary-file'],
        ['doc-0000.md', 'flagged', null],
        ['doc-0002.md', 'flagged', null],
        ['empty.md', 'error', 'empty-file'],
        ['no-table.md', 'error', 'no-table'],
        ['sub/doc-0001.md', 'flagged', null],
        ['sub/doc-0003.md', 'flagged', null],
      ]);
      expect(lines(join(out, 'records.jsonl'))).toHaveLength(4);
      expect(lines(join(out, 'flags.jsonl')).filter((f) => f.severity === 'warning')).toHaveLength(8);
    },
    SLOW,
  );

  it(
    'skips what is done on a re-run, redoes it with --force, and exits 0 when all inputs were read',
    () => {
      const input = corpus(3, false);
      const out = tempDir('batch-out-');
      expect(run(['extract', input, '-o', out, '--progress', 'none']).status).toBe(0);
      expect(run(['extract', input, '-o', out, '--progress', 'none']).status).toBe(0);
      expect(lines(join(out, 'manifest.jsonl')).map((l) => [l.status, l.previousStatus])).toEqual([
        ['skipped', 'flagged'],
        ['skipped', 'flagged'],
        ['skipped', 'flagged'],
      ]);
      expect(run(['extract', input, '-o', out, '--progress', 'none', '--force']).status).toBe(0);
      expect(lines(join(out, 'manifest.jsonl')).map((l) => l.status)).toEqual(['flagged', 'flagged', 'flagged']);
      expect(lines(join(out, 'records.jsonl'))).toHaveLength(3);
      const db = new Database(join(out, 'budget.sqlite'), { readonly: true });
      expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 3 });
      expect(db.prepare('SELECT count(*) AS n FROM tasks').get()).toEqual({ n: 135 });
      db.close();
    },
    SLOW,
  );

  it(
    'after kill -9 mid-batch, a re-run finishes with every document exactly once',
    async () => {
      const n = 150;
      const input = corpus(n, false);
      const out = tempDir('batch-out-');
      const child = spawn('node', [CLI, 'extract', input, '-o', out, '--progress', 'none', '-j', '1'], { stdio: 'ignore' });
      const manifest = join(out, 'manifest.jsonl');
      await killWhenManifestHas(child, manifest, 10);
      const before = finishedLines(manifest).length;
      expect(before).toBeLessThan(n);
      expect(run(['extract', input, '-o', out, '--progress', 'none']).status).toBe(0);
      const records = lines(join(out, 'records.jsonl'));
      expect(records).toHaveLength(n);
      expect(new Set(records.map((r) => r.id)).size).toBe(n);
      const m = lines(manifest);
      expect(m).toHaveLength(n);
      expect(new Set(m.map((l) => l.path)).size).toBe(n);
      expect(m.filter((l) => l.status === 'skipped').length).toBeGreaterThanOrEqual(before);
      const db = new Database(join(out, 'budget.sqlite'), { readonly: true });
      expect(db.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM documents').get()).toEqual({ n, d: n });
      expect(db.prepare('SELECT count(*) AS n FROM tasks').get()).toEqual({ n: 45 * n });
      db.close();
    },
    SLOW,
  );
});
