// PDF disclosures: pdfjs-dist text layer and ruling lines, page by page, into the shared grid; scanned pages through OCR.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../limits/temp.ts';
import type { Flag } from '../../model/index.ts';
import { InputError, type Block, type ParsedDocument, type Parser, type ParserInput, type ParseOptions } from '../grid.ts';
import { joinContinuations } from '../shared/continuation.ts';
import type { PageContent } from './page-content.ts';
import { unsureOcrNumbers } from './ocr-unsure.ts';
import { openPdf } from './pdfjs.ts';
import { readPage } from './page-reader.ts';
import { pagesToBlocks } from './pages-to-blocks.ts';
import { checkPageCount, checkPdfCaps } from './caps.ts';

const PDF_SIGNATURE = '%PDF-';

export const pdfParser: Parser = {
  format: 'pdf',
  // At the very start only: a text file quoting "%PDF-" in its first lines is not a PDF.
  sniff: (head) => Buffer.from(head.subarray(0, PDF_SIGNATURE.length)).toString('latin1') === PDF_SIGNATURE,
  async parse(input, options = {}) {
    await checkPdfCaps(input.bytes, input.path);
    const doc = await openPdf(input.bytes, input.path);
    checkPageCount(doc.numPages, input.path);
    const blocks: Block[] = [];
    const textless: number[] = [];
    const ocr = options.ocr ? await ocrSession(input) : undefined;
    try {
      // Page by page: each page's pdfjs objects are released before the next is read, so memory stays bounded.
      // Pages without text are OCR'd in parallel (ocr/pool.ts limits how many at once) and taken in page order.
      const contents: (PageContent | Promise<PageContent>)[] = [];
      // The next page is asked for while this one is read: pdfjs's worker, in this thread, hands work over in message
      // hops, and two pages' hops fill each other's waits (two pages' objects at most are held).
      const ask = (p: number) => {
        const pending = readPageSafely(doc, p, input.path);
        pending.catch(() => {}); // awaited in the loop, or dropped with the document
        return pending;
      };
      let next = ask(1);
      for (let p = 1; p <= doc.numPages; p++) {
        if (options.signal?.aborted) throw new InputError(`${input.path}: aborted at page ${p}`, 'aborted', { page: p });
        const content = await next;
        if (p < doc.numPages) next = ask(p + 1);
        if (content.texts.length > 0) contents.push(content);
        else if (!ocr) textless.push(p);
        else {
          const pending = ocr.read(p, content, options);
          pending.catch(() => {}); // awaited below, in page order
          contents.push(pending);
        }
      }
      const pages: PageContent[] = [];
      for (const pending of contents) pages.push(await pending);
      blocks.push(...pagesToBlocks(pages));
    } finally {
      await ocr?.close();
      await doc.destroy();
    }
    if (textless.length === doc.numPages) {
      throw new InputError(`${input.path}: page 1: no text layer on any of ${doc.numPages} page(s) (a scan?); run with --ocr to read it`, 'no-text-layer', {
        page: 1,
      });
    }
    const warnings: Flag[] = textless.map((page) => ({
      rule: 'no-text-layer',
      severity: 'warning',
      message: `page ${page} has no text layer and was skipped; run with --ocr to read it`,
      target: { kind: 'document' },
      loc: { page },
    }));
    if (ocr) warnings.push(...unsureOcrNumbers(blocks));
    return {
      source: { path: input.path, sha256: input.sha256, format: 'pdf', pages: doc.numPages },
      blocks: joinContinuations(blocks),
      warnings,
    } satisfies ParsedDocument;
  },
};

async function readPageSafely(doc: Awaited<ReturnType<typeof openPdf>>, p: number, path: string): Promise<PageContent> {
  try {
    return await readPage(await doc.getPage(p), p);
  } catch (e) {
    throw new InputError(`${path}: page ${p} cannot be read (${(e as Error).message})`, 'corrupt-pdf', { page: p });
  }
}

/**
 * OCR needs the PDF as a file for pdftoppm; bytes given without one are written to a temporary file.
 * The tools are looked for at the first page without text: a PDF with a text layer reads under --ocr without them.
 */
async function ocrSession(input: ParserInput) {
  const { ocrPage, hasOcrTools, inOcrSlot } = await import('./ocr/index.ts');
  let dir: string | undefined;
  let file: Promise<string> | undefined;
  return {
    async read(page: number, content: PageContent, options: ParseOptions): Promise<PageContent> {
      if (!(await hasOcrTools())) {
        throw new InputError(
          `${input.path}: page ${page} has no text layer; --ocr needs pdftoppm (poppler-utils) and tesseract with chi_sim`,
          'ocr-unavailable',
          {
            page,
          },
        );
      }
      // Pages are read in parallel: the first one writes the file, the others wait for it.
      file ??= (async () => {
        dir = await tempDir('ocr');
        await writeFile(join(dir, 'input.pdf'), input.bytes);
        return join(dir, 'input.pdf');
      })();
      const path = await file;
      try {
        return await inOcrSlot(() => ocrPage(path, page, { width: content.width, height: content.height }, { signal: options.signal }));
      } catch (e) {
        throw new InputError(`${input.path}: page ${page}: OCR failed (${(e as Error).message})`, 'ocr-failed', { page });
      }
    },
    async close() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
