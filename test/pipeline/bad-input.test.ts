// Bad input gets a clear error naming the file (and the line), with a stable code for the manifest.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, InputError } from '../../src/index.ts';
import { tempDir } from '../helpers/temp-dir.ts';

async function failure(path: string): Promise<InputError> {
  try {
    await extract(path);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`${path} was accepted`);
}

describe('bad input', () => {
  it('an empty file', async () => {
    const e = await failure('test/fixtures/bad/empty.md');
    expect([e.code, e.message, e.loc]).toEqual(['empty-file', 'test/fixtures/bad/empty.md: the file is empty', { line: 1 }]);
  });
  it('binary bytes named .md', async () => {
    const e = await failure('test/fixtures/bad/binary.md');
    expect([e.code, e.message]).toEqual(['binary-file', 'test/fixtures/bad/binary.md: binary content (byte 0x00 at offset 8), not a text document']);
  });
  it("a page's table text copied without its cell breaks", async () => {
    const e = await failure('test/fixtures/bad/flattened-table.md');
    expect([e.code, e.message]).toEqual([
      'no-table',
      "test/fixtures/bad/flattened-table.md: no table found: line 1 names a table's headings (一级指标, 二级指标, 三级指标, 指标值, 绩效指标) but no cells are parted (a table's text copied without its cell breaks?) (nothing to extract)",
    ]);
  });
  it('a file with no table', async () => {
    const e = await failure('test/fixtures/bad/no-table.md');
    expect([e.code, e.message]).toEqual(['no-table', 'test/fixtures/bad/no-table.md: no table found (nothing to extract)']);
  });
  it('a 5 MB single line', async () => {
    const file = join(tempDir('bad-'), 'one-line.md');
    const line = '预算'.repeat((5 * 1024 * 1024) / 6) + '\t1'.repeat(300_000); // 5 MB of UTF-8, one line
    writeFileSync(file, line);
    const e = await failure(file);
    expect([e.code, e.loc]).toEqual(['line-too-long', { line: 1 }]);
    expect(e.message).toBe(`${file}:1: line 1 is ${line.length} characters long (limit 1048576); not a disclosure document`);
  });
  it('a missing file', async () => {
    const e = await failure('test/fixtures/bad/does-not-exist.md');
    expect([e.code, e.message]).toEqual(['unreadable', 'test/fixtures/bad/does-not-exist.md: cannot be read (ENOENT)']);
  });
});
