// Tesseract runs shared by the pages in flight. Every tesseract process first loads its model (chi_sim: ~0.3 s of
// CPU, a quarter of a ruled page's OCR), and a page starts up to four of them. So at most TESSERACT_SLOTS run at
// once, and when one ends, every request waiting with the same model and segmentation mode goes into the next run
// as one list of images: pages in flight share model loads instead of racing each other for the cores. A page's
// words do not depend on the other images of the list (the LSTM model keeps no state between images; checked on
// the seed pages: the same TSV rows run alone or batched).
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { OCR_LANGUAGE, tesseractTsv, type PageRef } from './render.ts';
import { parseTesseractTsv, type OcrWord } from './tesseract-tsv.ts';

/** Tesseract processes at once: one per core (each runs one OpenMP thread, see render.ts). */
export const TESSERACT_SLOTS = availableParallelism();

type Request = {
  files: readonly string[];
  listFile: string;
  psm: number;
  language: string;
  ref: PageRef;
  signal?: AbortSignal;
  resolve: (words: OcrWord[]) => void;
  reject: (e: Error) => void;
};

const waiting: Request[] = [];
let running = 0;

/**
 * Read images with tesseract, in a run shared with other pages' waiting requests of the same model and mode.
 * Words come back with `page` the 1-based index into `files`; `listFile` is where the run's list may be written.
 */
export function readImages(
  files: readonly string[],
  listFile: string,
  psm: number,
  ref: PageRef,
  signal?: AbortSignal,
  language = OCR_LANGUAGE,
): Promise<OcrWord[]> {
  if (files.length === 0) return Promise.resolve([]);
  if (signal?.aborted) return Promise.reject(aborted(ref));
  return new Promise((resolve, reject) => {
    const req: Request = { files, listFile, psm, language, ref, ...(signal ? { signal } : {}), resolve, reject };
    signal?.addEventListener(
      'abort',
      () => {
        const i = waiting.indexOf(req);
        if (i >= 0) waiting.splice(i, 1);
        reject(aborted(ref));
      },
      { once: true },
    );
    waiting.push(req);
    pump();
  });
}

function pump(): void {
  while (running < TESSERACT_SLOTS && waiting.length > 0) {
    const first = waiting[0]!;
    const batch = waiting.filter((r) => r.psm === first.psm && r.language === first.language);
    for (const r of batch) waiting.splice(waiting.indexOf(r), 1);
    running++;
    void run(batch).finally(() => {
      running--;
      pump();
    });
  }
}

async function run(batch: readonly Request[]): Promise<void> {
  const first = batch[0]!;
  // The run stops only when every page in it was aborted; a page aborted alone has already been answered.
  const stop = new AbortController();
  const live = batch.filter((r) => r.signal);
  if (live.length === batch.length)
    for (const r of live) r.signal!.addEventListener('abort', () => live.every((x) => x.signal!.aborted) && stop.abort(), { once: true });
  try {
    await writeFile(first.listFile, batch.flatMap((r) => r.files).join('\n') + '\n');
    const words = parseTesseractTsv(await tesseractTsv(first.listFile, first.psm, first.ref, stop.signal, first.language));
    let offset = 0;
    for (const r of batch) {
      const [from, to] = [offset, offset + r.files.length];
      r.resolve(words.filter((w) => w.page > from && w.page <= to).map((w) => ({ ...w, page: w.page - from })));
      offset = to;
    }
  } catch (e) {
    // The message names the first page of the run; each page's own error names its own.
    const where = `${first.ref.pdfPath} page ${first.ref.page}`;
    const message = (e as Error).message;
    for (const r of batch)
      r.reject(new Error(message.startsWith(where) ? `${r.ref.pdfPath} page ${r.ref.page}${message.slice(where.length)}` : message, { cause: e }));
  }
}

function aborted(ref: PageRef): Error {
  return new Error(`${ref.pdfPath} page ${ref.page}: OCR aborted`);
}
