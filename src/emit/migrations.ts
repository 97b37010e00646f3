// The migration files of one database dialect: migrations/<dialect>/NNN_name.sql, in version order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How far above this module the migrations folder may be (src/emit, dist/src/emit, dist/cli/chunks). */
const MAX_LEVELS_UP = 4;
/** The migrations folder: beside src/ in a checkout, in dist/ in the package (from the compiled or the bundled code). */
const ROOT = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < MAX_LEVELS_UP; up++, dir = dirname(dir)) if (existsSync(join(dir, 'migrations', 'sqlite'))) return join(dir, 'migrations');
  return join(dirname(fileURLToPath(import.meta.url)), '../../migrations');
})();
const MIGRATION_FILE = /^\d+_.*\.sql$/;

export type Migration = { version: number; name: string; sql: string };

/** The dialect's migrations not yet applied, oldest first. */
export function pendingMigrations(dialect: 'sqlite' | 'postgres', applied: ReadonlySet<number>): Migration[] {
  const dir = join(ROOT, dialect);
  return readdirSync(dir)
    .filter((f) => MIGRATION_FILE.test(f))
    .sort()
    .map((name) => ({ version: parseInt(name, 10), name }))
    .filter((m) => !applied.has(m.version))
    .map((m) => ({ ...m, sql: readFileSync(join(dir, m.name), 'utf8') }));
}
