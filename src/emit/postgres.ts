// PostgreSQL sink: schema from migrations/postgres, one transaction per document, parameterized SQL only.
import pg from 'pg';
import type { DisclosureRecord } from '../model/index.ts';
import type { Sink } from './sink.ts';
import { recordRows, TABLES, type Row } from './rows.ts';
import { pendingMigrations } from './migrations.ts';

/** Serializes migrations when several workers start at once (pg_advisory_xact_lock key). */
const MIGRATION_LOCK = 7_420_240;
/** Columns holding amounts: sent as decimal text so numeric keeps exactly what was printed. */
const NUMERIC = new Set([
  'basic',
  'project',
  'development_special',
  'development_other',
  'expenditure_total',
  'fiscal_appropriation',
  'other_income',
  'income_total',
  'amount',
  'number',
  'computed',
  'stated',
]);

/** Open a PostgreSQL database as a sink: connects and applies pending migrations. */
export async function openPostgresSink(url: string): Promise<Sink & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection the server closed (a restart, a shutdown) is dropped by the pool; unhandled it would kill the
  // process. The next write reconnects, or fails with its own error, which the batch records against its document.
  pool.on('error', () => {});
  await migrate(pool);
  return {
    name: 'postgres',
    pool,
    async open() {},
    async write(record) {
      await writeDocument(pool, record);
    },
    async forget(sha256, path) {
      await pool.query('DELETE FROM documents WHERE sha256 = $1 OR path = $2', [sha256, path]); // children go by ON DELETE CASCADE
    },
    async close() {
      await pool.end();
    },
  };
}

/** Replace one document's rows in a single transaction (delete by id, then insert). */
async function writeDocument(pool: pg.Pool, record: DisclosureRecord): Promise<void> {
  const rows = recordRows(record);
  await inTransaction(pool, async (client) => {
    await client.query('DELETE FROM documents WHERE id = $1', [record.id]); // children go by ON DELETE CASCADE
    for (const t of TABLES) await insertAll(client, t, rows[t]);
  });
}

/** Run `work` on one pooled client between BEGIN and COMMIT; roll back and rethrow on failure. */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Rows per INSERT: keeps the parameter count far below PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 500;

/** Insert a table's rows of one document in few statements (one round trip per ROWS_PER_INSERT rows). */
async function insertAll(client: pg.PoolClient, table: string, rows: Row[]): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const cols = Object.keys(first);
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    const chunk = rows.slice(at, at + ROWS_PER_INSERT);
    const values: unknown[] = [];
    const tuples = chunk.map(
      (row) =>
        `(${cols
          .map((c) => {
            const v = row[c];
            values.push(NUMERIC.has(c) && typeof v === 'number' ? decimal(v) : v);
            return `$${values.length}`;
          })
          .join(', ')})`,
    );
    // Table and column names come from rows.ts, never from input; values are always parameters.
    await client.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
}

/** A JS number as plain decimal text (no exponent), the shortest that round-trips. */
export function decimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Apply migrations/postgres/NNN_*.sql once each, recorded in schema_migrations, under an advisory lock. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    const applied: number[] = [];
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: { version: number }) => r.version));
    for (const m of pendingMigrations('postgres', done)) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
