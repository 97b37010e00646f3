// Unreadable PDFs get an error naming the file (and page), never a crash.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';
import { InputError } from '../../../src/parse/grid.ts';

const DIR = 'test/fixtures/pdf';

async function failure(path: string, options = {}): Promise<InputError> {
  try {
    await extract(path, options);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error(`${path} was read`);
}

describe('unreadable PDFs', () => {
  it('an encrypted PDF', async () => {
    const e = await failure(`${DIR}/corrupt/encrypted.pdf`);
    expect([e.code, e.message]).toEqual(['encrypted-pdf', `${DIR}/corrupt/encrypted.pdf: the PDF is encrypted and needs a password`]);
  });

  it('a truncated PDF', async () => {
    const e = await failure(`${DIR}/corrupt/truncated.pdf`);
    expect(e.code).toBe('corrupt-pdf');
    expect(e.message).toBe(`${DIR}/corrupt/truncated.pdf: the PDF cannot be read (Invalid PDF structure.)`);
  });

  it('a scan without --ocr', async () => {
    const e = await failure(`${DIR}/scanned.pdf`);
    expect([e.code, e.loc, e.message]).toEqual([
      'no-text-layer',
      { page: 1 },
      `${DIR}/scanned.pdf: page 1: no text layer on any of 13 page(s) (a scan?); run with --ocr to read it`,
    ]);
  });
});

describe('--ocr on a machine without the OCR tools', () => {
  // A child process whose PATH holds node alone: pdftoppm and tesseract are not found.
  function extractWithoutTools(file: string): { status: number | null; stderr: string; records: string } {
    const bin = mkdtempSync(join(tmpdir(), 'no-ocr-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const out = join(bin, 'out');
    const run = spawnSync(process.execPath, ['bin/budget-extract.mjs', 'extract', file, '-o', out, '--ocr', '--progress', 'none'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: bin },
    });
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8');
    rmSync(bin, { recursive: true, force: true });
    return { status: run.status, stderr: run.stderr, records };
  }

  it('reads a PDF with a text layer', () => {
    const r = extractWithoutTools(`${DIR}/seed.pdf`);
    expect(r.stderr).not.toContain('needs pdftoppm');
    expect(r.records.trim().split('\n')).toHaveLength(1);
  });

  it('names the first page without text of a scan', () => {
    const r = extractWithoutTools(`${DIR}/scanned.pdf`);
    expect(r.records).toBe('');
    expect(r.stderr).toContain(`${DIR}/scanned.pdf: page 1 has no text layer; --ocr needs pdftoppm (poppler-utils) and tesseract with chi_sim`);
  });
});
