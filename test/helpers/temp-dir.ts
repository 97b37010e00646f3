// Temporary directories of a test file, removed when the file's tests end (the setup file registers the removal), so
// that a CI run does not leave hundreds of directories in /tmp. KEEP_TEMP=1 keeps them to look at after a failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty directory under the system's temporary directory, named `<prefix>XXXXXX`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove every directory `tempDir` made in this test file. */
export function removeTempDirs(): void {
  if (process.env.KEEP_TEMP) return;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
