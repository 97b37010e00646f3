// PostgreSQL sink: migrations once, upsert by document id, exact numerics, loc kept, values always parameters.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureRecord } from '../../src/model/index.ts';
import { decimal, migrate, openPostgresSink } from '../../src/emit/postgres.ts';
import { missing, startPostgres, type Service } from '../helpers/services.ts';

const record: DisclosureRecord = JSON.parse(readFileSync('test/fixtures/records/mineru-small.md.record.json', 'utf8'));
const skip = missing('postgres');

describe('decimal', () => {
  it('prints numbers as plain decimal text', () => {
    expect([decimal(322), decimal(22.54), decimal(0.1), decimal(1e21), decimal(1.5e-7)]).toEqual([
      '322',
      '22.54',
      '0.1',
      '1000000000000000000000',
      '0.00000015',
    ]);
  });
});

describe.skipIf(skip)('postgres sink', () => {
  let db: Service;
  let client: pg.Client;
  beforeAll(async () => {
    db = await startPostgres();
    client = new pg.Client(db.url);
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.stop();
  });

  it('applies migrations once and replaces a document written twice', async () => {
    const sink = await openPostgresSink(db.url);
    const tricky: DisclosureRecord = { ...structuredClone(record), department: { ...record.department, name: "O'Brien'); DROP TABLE documents; --" } };
    tricky.tasks[0]!.amount = 12345678.91;
    await sink.write(tricky);
    await sink.write(tricky);
    expect(await migrate(sink.pool)).toEqual([]);
    await sink.close();
    const again = await openPostgresSink(db.url);
    await again.write(tricky);
    await again.close();

    const q = async (sql: string) => (await client.query(sql)).rows;
    expect(await q('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1, name: '001_init.sql' },
      { version: 2, name: '002_families.sql' },
    ]);
    expect(await q('SELECT id, department, basic::text, project::text FROM documents')).toEqual([
      { id: record.id, department: tricky.department.name, basic: '100', project: '30' },
    ]);
    expect(await q('SELECT ord, no, amount::text, loc FROM tasks ORDER BY ord')).toEqual(
      tricky.tasks.map((t, ord) => ({ ord, no: t.no, amount: t.amount === null ? null : decimal(t.amount), loc: t.loc })),
    );
    expect(await q('SELECT count(*)::int AS n FROM indicators')).toEqual([{ n: record.indicators.length }]);
    expect(await q('SELECT ord, computed::text, stated::text, verdict, loc FROM formulas ORDER BY ord')).toEqual(
      record.formulas.map((f, ord) => ({
        ord,
        computed: f.computed.value === null ? null : decimal(f.computed.value),
        stated: f.stated.value === null ? null : decimal(f.stated.value),
        verdict: f.verdict,
        loc: f.loc,
      })),
    );
    expect((await q('SELECT record FROM documents'))[0].record.tasks[0].amount).toBe(12345678.91);
  });

  it('rolls back a document whose rows cannot be written, leaving the previous version', async () => {
    const sink = await openPostgresSink(db.url);
    const broken = structuredClone(record);
    broken.tasks[1]!.no = 'x' as unknown as number; // not an integer: the insert fails inside the transaction
    await expect(sink.write(broken)).rejects.toThrow(/integer/);
    await sink.close();
    expect((await client.query('SELECT count(*)::int AS n FROM tasks WHERE document_id = $1', [record.id])).rows).toEqual([{ n: record.tasks.length }]);
  });

  it('forgets every record of a document (its tables by sha256, and an earlier content of its path)', async () => {
    const sink = await openPostgresSink(db.url);
    const other = { ...structuredClone(record), id: 'b'.repeat(64), source: { ...record.source, sha256: 'b'.repeat(64), path: '/elsewhere.md' } };
    const tables = [1, 2].map((k) => ({ ...structuredClone(record), id: `${record.source.sha256}#${k}` }));
    for (const r of [...tables, other]) await sink.write(r);
    await sink.forget!(record.source.sha256, '/no/such/path.md');
    const ids = async () => (await client.query('SELECT id FROM documents ORDER BY id')).rows.map((r) => r.id);
    expect(await ids()).toEqual([other.id]);
    await sink.forget!('c'.repeat(64), '/elsewhere.md');
    expect(await ids()).toEqual([]);
    expect((await client.query('SELECT count(*)::int AS n FROM tasks')).rows).toEqual([{ n: 0 }]);
    await sink.close();
  });
});
