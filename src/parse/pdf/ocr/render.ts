// The two external programs: poppler's pdftoppm renders a page, tesseract reads images. Errors name the file and page.
import { join } from 'node:path';
import { runTool } from '../../../limits/children.ts';

// Each tool in its own process group, killed whole at its limit or when the document's worker is stopped.
const execFile = (
  file: string,
  args: string[],
  opts: { timeout: number; signal?: AbortSignal; env?: NodeJS.ProcessEnv; maxBuffer?: number; encoding?: 'utf8' },
) => runTool(file, args, opts);

/** Rendering one page takes well under a second at 300 dpi; a minute means something is wrong. */
const RENDER_TIMEOUT_MS = 60_000;
/** One tesseract run reads all of a page's cells: a few seconds, more on a dense page or a busy machine. */
const OCR_TIMEOUT_MS = 300_000;
/** tesseract's TSV can be large for a dense page. */
const MAX_BUFFER = 64 * 1024 * 1024;
/**
 * tesseract's OpenMP threads spin against each other (and against the second tesseract a page runs) on a small
 * machine: one thread each made a seed page 3.5× faster on 2 cores (12.6 s → 3.5 s). An explicit setting wins.
 */
const OCR_ENV = { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' };
export const OCR_LANGUAGE = 'chi_sim';
/** The model of the second pass over value cells: it reads digits and % where chi_sim garbles them. */
export const DIGIT_LANGUAGE = 'eng';

/** Where a failure happened, for the error message. */
export type PageRef = { pdfPath: string; page: number };

/**
 * Render one page to an 8-bit PGM in `dir`, or, for a colour scan, to a PPM (read grey without its seal: pgm.ts);
 * returns its path.
 */
export async function renderPage(ref: PageRef, dpi: number, dir: string, signal?: AbortSignal, colour = false): Promise<string> {
  const prefix = join(dir, 'page');
  const args = ['-r', String(dpi), '-f', String(ref.page), '-l', String(ref.page), ...(colour ? [] : ['-gray']), '-singlefile', ref.pdfPath, prefix];
  await run('pdftoppm', args, ref, RENDER_TIMEOUT_MS, signal);
  return `${prefix}.${colour ? 'ppm' : 'pgm'}`;
}

/** The largest image on a page (a scan): its pixels per inch of the page, and whether it is bilevel (1 bit a pixel). */
export type ScanImage = { ppi: number; bilevel: boolean; colour: boolean };

/**
 * The page's largest image from poppler's `pdfimages -list`; undefined when the page holds no image or pdfimages
 * fails (then the caller renders at its default).
 */
export async function scanImage(ref: PageRef, signal?: AbortSignal): Promise<ScanImage | undefined> {
  let out: string;
  try {
    out = await run('pdfimages', ['-list', '-f', String(ref.page), '-l', String(ref.page), ref.pdfPath], ref, RENDER_TIMEOUT_MS, signal);
  } catch {
    return undefined;
  }
  // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio.
  const images = out
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f[2] === 'image' && Number(f[3]) > 0);
  const largest = images.sort((a, b) => Number(b[3]) * Number(b[4]) - Number(a[3]) * Number(a[4]))[0];
  const ppi = largest ? Number(largest[12]) : NaN;
  return ppi > 0 ? { ppi, bilevel: Number(largest![7]) === 1, colour: Number(largest![6]) >= 3 } : undefined;
}

/** Run tesseract over a list file of images (one path a line) and return its TSV; page_num counts images from 1. */
export async function tesseractTsv(listFile: string, psm: number, ref: PageRef, signal?: AbortSignal, language = OCR_LANGUAGE): Promise<string> {
  // chi_sim alone: chi_sim+eng read 45/45 amounts but fewer characters overall (97.4 % vs 98.5 %) and 50 % slower.
  return run('tesseract', [listFile, 'stdout', '-l', language, '--psm', String(psm), 'tsv'], ref, OCR_TIMEOUT_MS, signal, OCR_ENV);
}

let toolsPresent: Promise<boolean> | undefined;
let languages: Promise<string[]> | undefined;

/** The models tesseract has installed (asked once per process; none when it cannot be run). */
function installedLanguages(): Promise<string[]> {
  languages ??= (async () => {
    try {
      // Older tesseracts print the language list on stderr.
      const { stdout, stderr } = await execFile('tesseract', ['--list-langs'], { timeout: 10_000 });
      return `${stdout}\n${stderr}`.split(/\r?\n/).map((l) => l.trim());
    } catch {
      return [];
    }
  })();
  return languages;
}

/** Whether the eng model is there for the second pass; without it value cells keep chi_sim's reading and flag. */
export async function hasDigitModel(): Promise<boolean> {
  return (await installedLanguages()).includes(DIGIT_LANGUAGE);
}

/** Whether pdftoppm, tesseract and its chi_sim model are installed (checked once per process). */
export function hasOcrTools(): Promise<boolean> {
  toolsPresent ??= (async () => {
    try {
      await execFile('pdftoppm', ['-v'], { timeout: 10_000 });
      return (await installedLanguages()).includes(OCR_LANGUAGE);
    } catch {
      return false;
    }
  })();
  return toolsPresent;
}

async function run(tool: string, args: string[], ref: PageRef, timeout: number, signal?: AbortSignal, env?: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await execFile(tool, args, { timeout, signal, env, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string; killed?: boolean; signal?: string };
    const where = `${ref.pdfPath} page ${ref.page}`;
    if (err.name === 'AbortError') throw new Error(`${where}: OCR aborted`, { cause: e });
    if (err.code === 'ENOENT')
      throw new Error(`${where}: ${tool} is not installed (${tool === 'tesseract' ? 'tesseract-ocr, tesseract-ocr-chi-sim' : 'poppler-utils'})`, { cause: e });
    if (err.killed) throw new Error(`${where}: ${tool} timed out after ${timeout / 1000} s`, { cause: e });
    const detail = (err.stderr ?? err.message).trim().split('\n').slice(-3).join(' | ');
    throw new Error(`${where}: ${tool} failed: ${detail}`, { cause: e });
  }
}
