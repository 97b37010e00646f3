// The embedded default database: one transaction per document, delete-then-insert by id (an upsert).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DisclosureRecord } from '../model/index.ts';
import type { Sink } from './sink.ts';
import { recordRows, TABLES, type Row } from './rows.ts';
import { pendingMigrations } from './migrations.ts';

/** How long a write waits for another process's lock on the same file (several queue workers share one). */
const BUSY_WAIT_MS = 30_000;

/** Open (creating and migrating) a SQLite file as a sink. */
export function openSqliteSink(file: string): Sink & { db: Database.Database } {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_WAIT_MS });
  toWal(db);
  db.pragma('foreign_keys = ON');
  migrate(db);
  const inserts = new Map<string, Database.Statement>();
  const insert = (table: string, row: Row) => {
    const cols = Object.keys(row);
    const key = `${table}:${cols.join(',')}`;
    let stmt = inserts.get(key);
    if (!stmt) inserts.set(key, (stmt = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`)));
    stmt.run(row);
  };
  const remove = db.prepare('DELETE FROM documents WHERE id = ?');
  const removeDocument = db.prepare('DELETE FROM documents WHERE sha256 = ? OR path = ?');
  const forgetOne = db.transaction((sha256: string, path: string) => removeDocument.run(sha256, path));
  const writeOne = db.transaction((record: DisclosureRecord) => {
    remove.run(record.id); // children go by ON DELETE CASCADE
    const rows = recordRows(record);
    for (const t of TABLES) for (const row of rows[t]) insert(t, row);
  });
  return {
    name: 'sqlite',
    db,
    async open() {},
    async write(record) {
      writeOne.immediate(record);
    },
    async forget(sha256, path) {
      forgetOne.immediate(sha256, path);
    },
    async close() {
      db.close();
    },
  };
}

/**
 * Switch a file to WAL. Several processes opening one new file at once can find it locked while another switches
 * it, and SQLite answers that with SQLITE_BUSY at once, without its busy wait: the switch is tried again until
 * BUSY_WAIT_MS has passed.
 */
function toWal(db: Database.Database): void {
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WAL_RETRY_MS);
    }
  }
}
/** Pause between two tries of the WAL switch. */
const WAL_RETRY_MS = 10;

/**
 * Apply migrations/sqlite/NNN_*.sql once each, recorded in schema_migrations. One IMMEDIATE transaction takes the
 * write lock before reading what is applied, so workers opening the same file at once apply each migration once.
 */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const applied = new Set(
      db
        .prepare('SELECT version FROM schema_migrations')
        .all()
        .map((r) => (r as { version: number }).version),
    );
    for (const m of pendingMigrations('sqlite', applied)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
    }
  }).immediate();
}
