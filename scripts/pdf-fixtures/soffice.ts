// LibreOffice headless conversion of many files in one process (start-up costs ~4 s, so callers batch).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Files per soffice call: one call per batch keeps the argument list and a crash's blast radius small. */
const BATCH = 200;

/**
 * Converts every input to PDF in outDir (same base name, .pdf) with a throwaway LibreOffice profile,
 * so a concurrent soffice of another helper or a stale lock never interferes. `filter` is the
 * --convert-to target, e.g. 'pdf' or 'pdf:calc_pdf_Export:{…json options…}'; `infilter` forces the import
 * filter (HTML opened as a Writer document, 'HTML (StarWriter)', instead of Writer/Web). Returns the output paths.
 */
export function convertToPdf(inputs: string[], outDir: string, filter = 'pdf', infilter?: string): string[] {
  const profileDir = mkdtempSync(join(tmpdir(), 'pdf-fixtures-lo-'));
  try {
    for (let i = 0; i < inputs.length; i += BATCH) {
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
          '--headless',
          '--norestore',
          ...(infilter ? [`--infilter=${infilter}`] : []),
          '--convert-to',
          filter,
          '--outdir',
          outDir,
          ...inputs.slice(i, i + BATCH),
        ],
        { stdio: 'ignore', timeout: 1_800_000 },
      );
    }
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
  const outputs = inputs.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.pdf')));
  // soffice exits 0 when the component a filter needs is not installed: say which, instead of a later ENOENT.
  const missing = inputs.filter((_, i) => !existsSync(outputs[i]!));
  if (missing.length)
    throw new Error(
      `soffice wrote no PDF for ${missing.length} of ${inputs.length} files (first: ${missing[0]}); ${infilter?.includes('StarWriter') || filter.includes('writer') ? 'is libreoffice-writer-nogui installed?' : 'is libreoffice-calc-nogui installed?'}`,
    );
  return outputs;
}
