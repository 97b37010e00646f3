// A 部门预算 disclosure ends with one 项目支出绩效目标表 per project: one record per table, numbered in reading order,
// each with its page span in a PDF, and a re-run upserts the same rows in SQLite and PostgreSQL.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.ts';
import { runBatch } from '../../src/batch/run.ts';
import { openPostgresSink } from '../../src/emit/postgres.ts';
import { missing, startPostgres, type Service } from '../helpers/services.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const PDF = 'test/fixtures/layouts/docs/g1-E-budget-disclosure.pdf';
const HTML = 'test/fixtures/multi/three-projects.html';

describe('several target tables in one document', () => {
  it('a PDF with a 收支总表 and three 项目支出绩效目标表 gives three records, each with its page span', async () => {
    const { records } = await extract(PDF);
    expect(records.map((r) => [r.id.slice(-2), r.source.table, r.source.pageSpan, r.family, r.project?.name])).toEqual([
      ['#1', 1, [2, 2], 'project-performance-goals', '2022年站场建设补助项目'],
      ['#2', 2, [3, 3], 'project-performance-goals', '2022年站场建设项目'],
      ['#3', 3, [4, 4], 'project-performance-goals', '2022年农村公路养护专项资金'],
    ]);
    // The 收支总表 before them is named, not forced into a family.
    expect(records[0]!.flags.filter((f) => f.rule === 'other-table').map((f) => f.severity)).toEqual(['info']);
  });

  it('an HTML page with three tables, re-run, upserts the same three rows in SQLite', async () => {
    const out = tempDir('multi-');
    const process = async (input: { path: string; bytes: Uint8Array; sha256: string }) => (await extract(input)).records;
    await runBatch({ inputs: [HTML], outDir: out, process, progress: 'none' });
    await runBatch({ inputs: [HTML], outDir: out, process, progress: 'none', force: true });
    const db = new Database(join(out, 'budget.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT source_table, project_name, funds_total, funds_fiscal, funds_other FROM documents ORDER BY source_table').all();
    const indicators = db.prepare('SELECT count(*) AS n FROM indicators').get() as { n: number };
    db.close();
    expect(rows).toEqual([
      { source_table: 1, project_name: '社区养老服务补贴', funds_total: 120, funds_fiscal: 100, funds_other: 20 },
      { source_table: 2, project_name: '农村公路养护', funds_total: 85.5, funds_fiscal: 80, funds_other: 5.5 },
      { source_table: 3, project_name: '中小学校舍维修', funds_total: 300, funds_fiscal: 300, funds_other: 0 },
    ]);
    expect(indicators.n).toBe(4 + 3 + 3);
  });
});

describe.skipIf(missing('postgres'))('several target tables in PostgreSQL', () => {
  let db: Service;
  beforeAll(async () => {
    db = await startPostgres();
  });
  afterAll(async () => {
    await db?.stop();
  });

  it('writing the document twice leaves the same three documents', async () => {
    const { records } = await extract(HTML);
    for (let run = 0; run < 2; run++) {
      const sink = await openPostgresSink(db.url);
      for (const r of records) await sink.write(r);
      await sink.close();
    }
    const client = new pg.Client(db.url);
    await client.connect();
    const rows = (await client.query('SELECT source_table, project_name, funds_total::text AS total FROM documents ORDER BY source_table')).rows;
    await client.end();
    expect(rows).toEqual([
      { source_table: 1, project_name: '社区养老服务补贴', total: '120' },
      { source_table: 2, project_name: '农村公路养护', total: '85.5' },
      { source_table: 3, project_name: '中小学校舍维修', total: '300' },
    ]);
  });
});
