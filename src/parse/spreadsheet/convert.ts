// Legacy .xls and .ods → xlsx through LibreOffice headless, in a private profile so that runs never collide.
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { runTool, type ToolError } from '../../limits/children.ts';
import { tempDir } from '../../limits/temp.ts';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../grid.ts';
import type { WorkbookKind } from './sniff.ts';

/** The LibreOffice binary; BUDGET_EXTRACT_SOFFICE overrides it (a path or a name on PATH). */
export const sofficeBinary = (): string => process.env.BUDGET_EXTRACT_SOFFICE ?? 'soffice';
/** A conversion that takes longer than this is a hung office process, not a slow file. */
export const CONVERT_TIMEOUT_MS = Number(process.env.BUDGET_EXTRACT_SOFFICE_TIMEOUT_MS ?? 120_000);

export type Converted = { xlsx: Uint8Array; ms: number };

/** Convert an xls/ods file's bytes to xlsx bytes; InputError 'xls-converter-missing' when LibreOffice is absent. */
export async function convertToXlsx(bytes: Uint8Array, kind: Exclude<WorkbookKind, 'xlsx'>, path: string, signal?: AbortSignal): Promise<Converted> {
  const dir = await tempDir('soffice');
  try {
    const input = join(dir, `input.${kind}`);
    await writeFile(input, bytes);
    const started = performance.now();
    await run([
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless', '--norestore', '--nolockcheck', '--nodefault', '--nologo',
      '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), input,
    ], path, kind, signal);
    const ms = performance.now() - started;
    const produced = (await readdir(join(dir, 'out')).catch(() => [] as string[])).find((f) => f.endsWith('.xlsx'));
    if (!produced) throw new InputError(`${path}: LibreOffice could not convert this ${kind} file to xlsx (damaged or not a spreadsheet)`, 'xls-convert-failed');
    return { xlsx: new Uint8Array(await readFile(join(dir, 'out', produced))), ms };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(args: string[], path: string, kind: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const bin = sofficeBinary();
    // Its own process group: soffice forks soffice.bin, which must die with it at the limit.
    runTool(bin, args, { timeout: CONVERT_TIMEOUT_MS, signal, maxBuffer: 1 << 20 }).then(() => resolve(), (err: ToolError) => {
      const e = err;
      const stderr = err.stderr ?? '';
      if (e.code === 'ENOENT') {
        return reject(new InputError(
          `${path}: reading a .${kind} workbook needs LibreOffice to convert it to xlsx, and '${bin}' was not found (install the Debian package libreoffice-calc-nogui, or set BUDGET_EXTRACT_SOFFICE)`,
          'xls-converter-missing',
        ));
      }
      if (e.killed) return reject(new InputError(`${path}: LibreOffice did not finish converting within ${CONVERT_TIMEOUT_MS} ms`, 'xls-convert-timeout'));
      reject(new InputError(`${path}: LibreOffice failed to convert this ${kind} file: ${String(stderr).trim().split('\n').at(-1) ?? e.message}`, 'xls-convert-failed'));
    });
  });
}
