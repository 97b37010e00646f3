// Legacy formats → OOXML through LibreOffice headless, in a private profile so that runs never collide.
// Spreadsheets (.xls, .ods → xlsx) and Word documents (.doc, .wps, .rtf → docx) share this one helper.
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

/** What one conversion turns into what, and how its errors are named. */
export type ConversionSpec = {
  /** Extension the input is written under (LibreOffice's type detection looks at it). */
  from: string;
  /** Extension of the output, and the --convert-to argument (with a filter name when needed). */
  to: string;
  convertTo: string;
  /** "workbook", "document": used in messages. */
  noun: string;
  /** Debian package that provides this LibreOffice component. */
  debianPackage: string;
  /** Error codes are `${codePrefix}-converter-missing`, `-convert-failed`, `-convert-timeout`. */
  codePrefix: string;
};

/** Convert an xls/ods file's bytes to xlsx bytes; InputError 'xls-converter-missing' when LibreOffice is absent. */
export async function convertToXlsx(bytes: Uint8Array, kind: Exclude<WorkbookKind, 'xlsx'>, path: string, signal?: AbortSignal): Promise<Converted> {
  const spec = { from: kind, to: 'xlsx', convertTo: 'xlsx', noun: 'workbook', debianPackage: 'libreoffice-calc-nogui', codePrefix: 'xls' };
  const { bytes: xlsx, ms } = await convertWithLibreOffice(bytes, spec, path, signal);
  return { xlsx, ms };
}

/** Convert bytes with LibreOffice headless as `spec` says; InputError when it is absent, fails or hangs. */
export async function convertWithLibreOffice(
  bytes: Uint8Array,
  spec: ConversionSpec,
  path: string,
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array; ms: number }> {
  const dir = await tempDir('soffice');
  try {
    const input = join(dir, `input.${spec.from}`);
    await writeFile(input, bytes);
    const started = performance.now();
    await run(
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--nodefault',
        '--nologo',
        '--convert-to',
        spec.convertTo,
        '--outdir',
        join(dir, 'out'),
        input,
      ],
      path,
      spec,
      signal,
    );
    const ms = performance.now() - started;
    const produced = (await readdir(join(dir, 'out')).catch(() => [] as string[])).find((f) => f.endsWith(`.${spec.to}`));
    if (!produced)
      throw new InputError(
        `${path}: LibreOffice could not convert this ${spec.from} file to ${spec.to} (damaged or not a ${spec.noun === 'workbook' ? 'spreadsheet' : spec.noun})`,
        `${spec.codePrefix}-convert-failed`,
      );
    return { bytes: new Uint8Array(await readFile(join(dir, 'out', produced))), ms };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(args: string[], path: string, spec: ConversionSpec, signal?: AbortSignal): Promise<void> {
  const kind = spec.from;
  return new Promise((resolve, reject) => {
    const bin = sofficeBinary();
    // Its own process group: soffice forks soffice.bin, which must die with it at the limit.
    runTool(bin, args, { timeout: CONVERT_TIMEOUT_MS, signal, maxBuffer: 1 << 20 }).then(
      () => resolve(),
      (err: ToolError) => {
        const e = err;
        const stderr = err.stderr ?? '';
        if (e.code === 'ENOENT') {
          return reject(
            new InputError(
              `${path}: reading a .${kind} ${spec.noun} needs LibreOffice to convert it to ${spec.to}, and '${bin}' was not found (install the Debian package ${spec.debianPackage}, or set BUDGET_EXTRACT_SOFFICE)`,
              `${spec.codePrefix}-converter-missing`,
            ),
          );
        }
        if (e.killed)
          return reject(new InputError(`${path}: LibreOffice did not finish converting within ${CONVERT_TIMEOUT_MS} ms`, `${spec.codePrefix}-convert-timeout`));
        reject(
          new InputError(
            `${path}: LibreOffice failed to convert this ${kind} file: ${String(stderr).trim().split('\n').at(-1) ?? e.message}`,
            `${spec.codePrefix}-convert-failed`,
          ),
        );
      },
    );
  });
}
