// pdfjs-dist, loaded once and only when a PDF is met, with its CMaps and fonts read from the installed package.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../grid.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let lib: Promise<PdfJs> | undefined;
/** The legacy build: the modern one needs browser globals Node 20 lacks. */
export const loadPdfJs = (): Promise<PdfJs> => (lib ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const packageRoot = () => dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** How every PDF here is opened (parser, benchmark, fixture scripts): package-local CMaps and fonts, no eval, no network. */
export function pdfjsDocumentOptions() {
  const root = packageRoot();
  return {
    // Without CMaps, PDFs using predefined CJK encodings (UniGB-UCS2-H + STSong-Light) yield no text.
    // Directory options need their trailing slash, or pdfjs-dist takes them for file names.
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}

/** Open a PDF from bytes; encrypted and damaged files become InputErrors naming the file. */
export async function openPdf(bytes: Uint8Array, path: string): Promise<PdfDocument> {
  const pdfjs = await loadPdfJs();
  // pdfjs detaches the buffer it is given; the caller's bytes stay usable.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), ...pdfjsDocumentOptions() });
  try {
    return await task.promise;
  } catch (e) {
    const err = e as Error;
    if (err.name === 'PasswordException') throw new InputError(`${path}: the PDF is encrypted and needs a password`, 'encrypted-pdf');
    throw new InputError(`${path}: the PDF cannot be read (${err.message})`, 'corrupt-pdf');
  }
}
