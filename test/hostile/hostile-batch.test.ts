// Issue 15's probe as a test: every hostile input beside good documents in one batch. Each hostile one ends as
// its expected outcome, every good one as a record; one manifest line per input, exit 1, no process left behind,
// and the whole run within 1 GB of RSS.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHostile } from '../../scripts/hostile/make.ts';
import { jsonLines } from '../helpers/kill-mid-batch.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const GOOD = ['suixi-2024-zuzhibu.md', 'suixi-2024-zuzhibu.gfm.md', 'suixi-2024-zuzhibu.mineru.md', 'suixi-2024-zuzhibu.gbk.html'];
const RSS_CAP_KB = 1024 * 1024;

/** Processes (of any parent) whose environment carries the marker: tools the run left behind. */
function processesWith(marker: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker)) found.push(Number(pid));
    } catch {
      /* gone or not ours */
    }
  }
  return found;
}

describe('a batch of hostile inputs among good ones', () => {
  it('ends each hostile input in its expected outcome and keeps every good record', () => {
    const input = tempDir('hostile-in-');
    const expected = makeHostile(join(input, 'hostile'));
    for (const f of GOOD) copyFileSync(join('samples', f), join(input, f));
    const out = tempDir('hostile-out-');
    const marker = `BUDGET_EXTRACT_HOSTILE_RUN=${process.pid}-${Date.now()}`;
    const [k, v] = marker.split('=') as [string, string];
    const r = spawnSync(
      'node',
      [
        '--import',
        'tsx',
        'test/hostile/fixtures/cli-rss.ts',
        'extract',
        input,
        '-o',
        out,
        '--progress',
        'none',
        '-j',
        '2',
        '--timeout',
        '60000',
        '--max-memory',
        '512',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, [k]: v },
      },
    );
    expect(r.status, r.stderr).toBe(1);
    const rss = Number(/maxrss-kb (\d+)/.exec(r.stderr)?.[1]);
    expect(rss).toBeGreaterThan(0);
    expect(rss).toBeLessThan(RSS_CAP_KB);
    expect(processesWith(marker)).toEqual([]);

    const manifest = jsonLines(join(out, 'manifest.jsonl'));
    const byName = new Map(manifest.map((l) => [relative(input, l.path), l]));
    expect(manifest).toHaveLength(byName.size);
    expect([...byName.keys()].sort()).toEqual([...GOOD, ...Object.keys(expected).map((n) => `hostile/${n}`)].sort());
    for (const [name, want] of Object.entries(expected)) {
      const got = byName.get(`hostile/${name}`)!;
      expect({ name, status: got.status, ...(want.code ? { code: got.code } : {}) }).toEqual({
        name,
        status: want.status,
        ...(want.code ? { code: want.code } : {}),
      });
      if (got.status === 'error') expect(got.message).toContain(name);
    }
    for (const f of GOOD) expect(byName.get(f)!.status).toBe('flagged');
    const records = jsonLines(join(out, 'records.jsonl'));
    const ids = new Set(records.map((rec) => rec.id));
    for (const l of manifest) if (l.status !== 'error') expect(ids.has(l.documentId)).toBe(true);
    expect(records).toHaveLength(manifest.filter((l) => l.status !== 'error').length);
    const bad = records.find((rec) => rec.source.path.endsWith('md-one-bad-byte.md'));
    expect(bad.flags.map((f: { rule: string }) => f.rule)).toContain('invalid-utf8');
  }, 600_000);
});
