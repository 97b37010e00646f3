// Page images (PNG, JPEG, TIFF, multi-page TIFF): each page through the scanned-PDF OCR path, into the same blocks.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, type Block, type ParsedDocument, type Parser } from '../grid.ts';
import { joinContinuations } from '../shared/continuation.ts';
import { pageBlocks } from '../pdf/page-blocks.ts';
import { joinRowsBrokenAcrossPages } from '../pdf/page-rows.ts';
import { fillMergedAcrossPages } from '../pdf/page-spans.ts';
import { alignContinuedColumns } from '../pdf/page-columns.ts';
import { spanUnruledLevels } from '../pdf/level-spans.ts';
import { unsureOcrNumbers } from '../pdf/ocr-unsure.ts';
import { imagesToPdf } from './pdf-wrap.ts';

const POINTS_PER_INCH = 72;

/** File signatures: the content decides, never the name. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian (II*\0)
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian (MM\0*)
];

/**
 * The smallest valid PNG is 67 bytes (JPEG and TIFF more): a shorter file with an image signature is a stub, read as
 * the binary file it is (test/fixtures/bad/binary.md is a PNG's first 20 bytes).
 */
const MIN_IMAGE_BYTES = 67;

/** Whether the first bytes are a PNG, JPEG or TIFF signature (and there are enough of them to be an image). */
export function isImage(head: Uint8Array): boolean {
  return head.length >= MIN_IMAGE_BYTES && SIGNATURES.some((sig) => sig.every((b, i) => head[i] === b));
}

export const imageParser: Parser = {
  format: 'image',
  sniff: (head) => isImage(head),
  async parse(input, options = {}) {
    if (!options.ocr) throw new InputError(`${input.path}: an image has no text to read; run with --ocr to read it`, 'no-text-layer', { page: 1 });
    const [{ ocrPage, hasOcrTools, inOcrSlot }, { decodeImage, hasImageTools }] = await Promise.all([import('../pdf/ocr/index.ts'), import('./decode.ts')]);
    if (!(await hasOcrTools()) || !(await hasImageTools())) {
      throw new InputError(`${input.path}: reading an image needs ImageMagick (imagemagick) and tesseract with chi_sim`, 'ocr-unavailable');
    }
    const dir = await mkdtemp(join(tmpdir(), 'budget-extract-image-'));
    try {
      const file = join(dir, 'input');
      await writeFile(file, input.bytes);
      let pages: Awaited<ReturnType<typeof decodeImage>>;
      try {
        pages = await decodeImage(file, dir, options.signal);
      } catch (e) {
        throw new InputError(`${input.path}: the image cannot be decoded (${(e as Error).message})`, 'corrupt-image', { page: 1 });
      }
      // Bound into a PDF of their own, the pages take the scanned-PDF path itself: same renderer, same scaling.
      const pdf = join(dir, 'pages.pdf');
      await writeFile(pdf, imagesToPdf(pages));
      // Pages in parallel under the process-wide OCR limit, taken in page order.
      const contents = pages.map(({ img, dpi }, i) => {
        const size = { width: (img.width * POINTS_PER_INCH) / dpi, height: (img.height * POINTS_PER_INCH) / dpi };
        return inOcrSlot(() => ocrPage(pdf, i + 1, size, { signal: options.signal })).catch((e: Error) => {
          throw new InputError(`${input.path}: page ${i + 1}: OCR failed (${e.message})`, 'ocr-failed', { page: i + 1 });
        });
      });
      const blocks: Block[] = [];
      const seenText = new Set<string>();
      const ruled = new Set<number>();
      for (const pending of contents) {
        const content = await pending;
        if (content.rulings.length) ruled.add(content.page);
        for (const block of pageBlocks(content)) {
          // A title or page header repeated on every page is said once, as in a PDF.
          if (block.kind !== 'table' && content.page > 1 && seenText.has(block.text)) continue;
          if (block.kind !== 'table') seenText.add(block.text);
          blocks.push(block);
        }
      }
      alignContinuedColumns(blocks, ruled);
      fillMergedAcrossPages(blocks);
      spanUnruledLevels(blocks);
      joinRowsBrokenAcrossPages(blocks);
      return {
        source: { path: input.path, sha256: input.sha256, format: 'image', pages: pages.length },
        blocks: joinContinuations(blocks),
        warnings: unsureOcrNumbers(blocks),
      } satisfies ParsedDocument;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
