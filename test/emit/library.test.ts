// The sinks as a library user sees them: imported from the package's entry, driven by hand.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { extract, openSqliteSink, writeCsv } from '../../src/index.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const HTML = 'test/fixtures/multi/project-listing.html';

describe('sinks exported by the package', () => {
  it('openSqliteSink upserts the records of a document and forget removes them all', async () => {
    const { records } = await extract(HTML);
    const file = join(tempDir('lib-sqlite-'), 'budget.sqlite');
    const sink = await openSqliteSink(file);
    for (const r of records) await sink.write(r);
    for (const r of records) await sink.write(r);
    const rows = () => {
      const db = new Database(file, { readonly: true });
      const got = db.prepare('SELECT id, project_name FROM documents ORDER BY id').all();
      db.close();
      return got;
    };
    const sha = records[0]!.source.sha256;
    expect(rows()).toEqual([
      { id: `${sha}#1`, project_name: '村组干部报酬' },
      { id: `${sha}#2`, project_name: '基层组织活动经费' },
    ]);
    await sink.forget!(sha, HTML);
    expect(rows()).toEqual([]);
    await sink.close();
  });

  it('writeCsv takes an array of records and writes its five files', async () => {
    const { records } = await extract(HTML);
    const dir = tempDir('lib-csv-');
    const files = await writeCsv(records, dir);
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['execution_lines.csv', 'flags.csv', 'formulas.csv', 'indicators.csv', 'tasks.csv']);
    expect(files.every((f) => existsSync(f))).toBe(true);
  });
});
