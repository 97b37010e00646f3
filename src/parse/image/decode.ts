// Image files (PNG, JPEG, TIFF with any number of pages) → 8-bit grayscale rasters and their resolution, through
// ImageMagick's convert and identify: one decoder for every format, and multi-page TIFF comes for free.
import { execFile as execFileCb } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readPgm, type GrayImage } from '../pdf/ocr/pgm.ts';

const execFile = promisify(execFileCb);

/**
 * A file without a resolution is taken for a whole A4 or Letter page when its sides have that ratio (a scanner or
 * a phone app saves the page: 1240 × 1754 is A4 at 150 dpi), else for a 200 dpi scan, office scanners' usual setting.
 */
export const DEFAULT_IMAGE_DPI = 200;
/** Short side, long side (inches) of the pages a resolution is inferred from. */
const PAPERS: readonly [number, number][] = [
  [210 / 25.4, 297 / 25.4],
  [8.5, 11],
];
/** How far (a share) a page's side ratio may be from its paper's: scanners trim a few pixels. */
const PAPER_RATIO_SLACK = 0.015;
/** Resolutions outside this range are no page's scan (a crop, a thumbnail). */
const PAGE_DPI: readonly [number, number] = [100, 600];
const CM_PER_INCH = 2.54;
const TIMEOUT_MS = 120_000;

/** One page of an image file: its pixels and their resolution (dots per inch). */
export type ImagePage = { img: GrayImage; dpi: number };

/** Decode every frame of `file` into `dir` at its own pixels; returns the pages in order. */
export async function decodeImage(file: string, dir: string, signal?: AbortSignal): Promise<ImagePage[]> {
  const dpis = await resolutions(file, signal);
  const pages: ImagePage[] = [];
  for (const [i, dpi] of dpis.entries()) {
    // In colour (PPM), so that a seal's red ink is taken out as the page is made grey (pgm.ts, seal-ink.ts).
    const out = join(dir, `frame-${String(i).padStart(4, '0')}.ppm`);
    await tool(
      'convert',
      [`${file}[${i}]`, '-background', 'white', '-alpha', 'remove', '-colorspace', 'sRGB', '-type', 'TrueColor', '-depth', '8', out],
      signal,
    );
    pages.push({ img: readPgm(await readFile(out)), dpi });
  }
  return pages;
}

/** Each frame's horizontal resolution in dpi (DEFAULT_IMAGE_DPI where the file states none). */
async function resolutions(file: string, signal?: AbortSignal): Promise<number[]> {
  const out = await tool('identify', ['-format', '%x %U %w %h\n', file], signal);
  return out
    .trim()
    .split('\n')
    .map((line) => {
      const [value, unit, w, h] = line.trim().split(/\s+/);
      const v = Number.parseFloat(value ?? '');
      if (!(v > 1) || unit === 'Undefined') return paperDpi(Number(w), Number(h)) ?? DEFAULT_IMAGE_DPI;
      // PNG stores pixels per metre: 200 dpi comes back as 78.74 px/cm, i.e. 199.9996; a page a pixel wider follows.
      return Math.round((unit === 'PixelsPerCentimeter' ? v * CM_PER_INCH : v) * 10) / 10;
    });
}

/** The resolution a page of w × h pixels has if it is a whole A4 or Letter page, else undefined. */
export function paperDpi(w: number, h: number): number | undefined {
  const [short, long] = w < h ? [w, h] : [h, w];
  if (!(short > 0)) return undefined;
  for (const [s, l] of PAPERS) {
    if (Math.abs(long / short / (l / s) - 1) > PAPER_RATIO_SLACK) continue;
    const dpi = Math.round(short / s);
    if (dpi >= PAGE_DPI[0] && dpi <= PAGE_DPI[1]) return dpi;
  }
  return undefined;
}

async function tool(name: string, args: string[], signal?: AbortSignal): Promise<string> {
  try {
    const { stdout } = await execFile(name, args, { timeout: TIMEOUT_MS, signal, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new Error(`${name} is not installed (imagemagick)`, { cause: e });
    throw new Error(`${name} failed: ${(err.stderr ?? err.message).trim().split('\n').slice(-2).join(' | ')}`, { cause: e });
  }
}

/** Whether ImageMagick is there (checked once per process). */
let present: Promise<boolean> | undefined;
export function hasImageTools(): Promise<boolean> {
  present ??= execFile('identify', ['-version'], { timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  return present;
}
