// The migration files of one database dialect: migrations/<dialect>/NNN_name.sql, in version order.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../migrations');
const MIGRATION_FILE = /^\d+_.*\.sql$/;

export type Migration = { version: number; name: string; sql: string };

/** The dialect's migrations not yet applied, oldest first. */
export function pendingMigrations(dialect: 'sqlite' | 'postgres', applied: ReadonlySet<number>): Migration[] {
  const dir = join(ROOT, dialect);
  return readdirSync(dir).filter((f) => MIGRATION_FILE.test(f)).sort()
    .map((name) => ({ version: parseInt(name, 10), name }))
    .filter((m) => !applied.has(m.version))
    .map((m) => ({ ...m, sql: readFileSync(join(dir, m.name), 'utf8') }));
}
