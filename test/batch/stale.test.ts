// A document read again keeps no record of its earlier reading: fewer tables this time, or a failure, or new
// content at the same path, and records.jsonl, flags.jsonl and SQLite hold only what the last reading gave.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.ts';
import type { DisclosureRecord } from '../../src/model/index.ts';
import { InputError } from '../../src/parse/grid.ts';
import { fakeProcess } from './fake.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ids = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id?: string; documentId?: string }).id ?? (JSON.parse(l) as { documentId: string }).documentId)
    .sort();

/** A reader whose answer the test sets: `tables` records of one document, or an input error. */
function reader() {
  const state = { tables: 1, fail: false };
  const process = async (input: { path: string; bytes: Uint8Array; sha256: string }): Promise<DisclosureRecord[]> => {
    if (state.fail) throw new InputError(`${input.path}: no table found`, 'no-table');
    const one = await fakeProcess(input);
    if (state.tables === 1) return [one];
    return Array.from({ length: state.tables }, (_, k) => ({ ...one, id: `${input.sha256}#${k + 1}`, source: { ...one.source, table: k + 1 } }));
  };
  return { state, process };
}

describe('a document read again', () => {
  it('leaves only the records of its last reading in records.jsonl, flags.jsonl and SQLite', async () => {
    const dir = tempDir('stale-in-');
    const out = tempDir('stale-out-');
    const file = join(dir, 'doc.txt');
    writeFileSync(file, '测试县一局\n1.25\n');
    const { state, process } = reader();
    const run = () => runBatch({ inputs: [dir], outDir: out, process, progress: 'none', stderr: new PassThrough(), force: true });
    const sqliteIds = () => {
      const db = new Database(join(out, 'budget.sqlite'), { readonly: true });
      const rows = db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: string }[];
      db.close();
      return rows.map((r) => r.id);
    };
    const sha = (await import('node:crypto')).createHash('sha256').update(readFileSync(file)).digest('hex');

    state.tables = 3;
    await run();
    const three = [`${sha}#1`, `${sha}#2`, `${sha}#3`];
    expect(ids(join(out, 'records.jsonl'))).toEqual(three);
    expect(sqliteIds()).toEqual(three);

    state.tables = 2;
    await run();
    expect(ids(join(out, 'records.jsonl'))).toEqual(three.slice(0, 2));
    expect([...new Set(ids(join(out, 'flags.jsonl')))]).toEqual(three.slice(0, 2));
    expect(sqliteIds()).toEqual(three.slice(0, 2));

    state.tables = 1;
    await run();
    expect(ids(join(out, 'records.jsonl'))).toEqual([sha]);
    expect(sqliteIds()).toEqual([sha]);

    state.fail = true;
    await run();
    expect(ids(join(out, 'records.jsonl'))).toEqual([]);
    expect(ids(join(out, 'flags.jsonl'))).toEqual([]);
    expect(sqliteIds()).toEqual([]);

    // New content at the same path, read, then replaced by content that fails: the path's old row goes too.
    state.fail = false;
    state.tables = 1;
    writeFileSync(file, '测试县二局\n2.5\n');
    await run();
    expect(sqliteIds()).toHaveLength(1);
    writeFileSync(file, '测试县三局\n');
    state.fail = true;
    await run();
    expect(ids(join(out, 'records.jsonl'))).toEqual([]);
    expect(sqliteIds()).toEqual([]);
  });
});
