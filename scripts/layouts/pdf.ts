// HTML → PDF with a headless LibreOffice (Writer import) in a throwaway profile, and pdfunite.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** True when soffice and pdfunite are on PATH. */
export function havePdfTools(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice && command -v pdfunite'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Converts HTML files (Writer import) or workbooks (Calc, `html: false`) to PDFs in outDir (same base names); throws when soffice writes nothing. */
export function toPdf(inputs: string[], outDir: string, html = true): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'layouts-lo-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        ...(html ? ['--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export'] : ['--convert-to', 'pdf:calc_pdf_Export']),
        '--outdir',
        outDir,
        ...inputs,
      ],
      { stdio: 'ignore', timeout: 600_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = inputs.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.pdf')));
  const missing = out.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`soffice wrote no PDF for ${missing.join(', ')} (is libreoffice-writer-nogui / -calc-nogui installed?)`);
  return out;
}

/** Concatenates PDFs into one. */
export function unite(inputs: string[], out: string): void {
  execFileSync('pdfunite', [...inputs, out]);
}

/** Number of pages of a PDF (pdfinfo). */
export function pageCount(file: string): number {
  const m = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}
