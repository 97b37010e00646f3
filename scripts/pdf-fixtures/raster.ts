// A "scanned" PDF: the pages of a PDF rasterized to grayscale images and re-wrapped, with no text layer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Rasterizes `input` at `dpi` and writes the page images as an image-only PDF (img2pdf embeds them
 * losslessly). `mono` uses 1-bit images, as an office scanner's black-and-white mode does, which keeps a
 * many-page file small; otherwise 8-bit gray.
 */
export function scanPdf(input: string, output: string, { dpi, mono }: { dpi: number; mono: boolean }): void {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-scan-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), mono ? '-mono' : '-gray', input, join(dir, 'p')]);
    const pages = readdirSync(dir)
      .filter((f) => /^p-\d+\.p[bg]m$/.test(f))
      .sort();
    // img2pdf takes neither PBM nor PGM: 1-bit pages go in as CCITT Group 4 TIFFs (embedded as they are,
    // /CCITTFaxDecode, as office scanners write them), gray ones as PNG; the resolution keeps the page size.
    const images = pages.map((p) => {
      const img = join(dir, p.replace(/\.p[bg]m$/, mono ? '.tif' : '.png'));
      execFileSync('convert', ['-units', 'PixelsPerInch', '-density', String(dpi), join(dir, p), ...(mono ? ['-compress', 'Group4'] : []), img]);
      return img;
    });
    execFileSync('img2pdf', ['-o', output, ...images]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
