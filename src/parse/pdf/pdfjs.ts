// pdfjs-dist, loaded once and only when a PDF is met, with its CMaps and fonts read from the installed package.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../grid.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let lib: Promise<PdfJs> | undefined;
/** The legacy build: the modern one needs browser globals Node 20 lacks. */
export const loadPdfJs = (): Promise<PdfJs> => (lib ??= loadLegacyBuild());

/**
 * Import pdfjs and its worker (run in this thread, pdfjs's "fake worker"), then undo what the legacy build does to
 * Node's built-ins that only slows it down. Together these took pdfjs's getTextContent + getOperatorList over the
 * bench's PDFs from ~21 to ~14 ms a page (bench/pdf-peer.ts files, one process, same load).
 * - Its core-js polyfills replace Array.prototype.push, JSON.parse and JSON.stringify for the whole process, because
 *   Node 20's V8 fails edge cases no PDF reaches (push onto an array-like of length 2^32, JSON.parse source access);
 *   push is pdfjs's hottest call, and the polyfill a slow generic loop. The natives are put back.
 * - pdfjs-dist 5.6 inflates every Flate stream (each page's content, every font file) through the web
 *   DecompressionStream when the global exists: in Node each stream then crosses web streams and the zlib thread
 *   pool. Without the global pdfjs inflates in its own synchronous decoder (the one it falls back to whenever
 *   DecompressionStream fails), to the same bytes. Nothing else here uses DecompressionStream.
 */
async function loadLegacyBuild(): Promise<PdfJs> {
  const natives = [
    [Array.prototype, 'push'],
    [JSON, 'parse'],
    [JSON, 'stringify'],
  ] as const;
  const saved = natives.map(([owner, name]) => [owner, name, Object.getOwnPropertyDescriptor(owner, name)] as const);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Loaded here rather than by pdfjs on the first document, so that its polyfills are undone too; it registers
  // itself as globalThis.pdfjsWorker, which pdfjs uses instead of importing it again.
  // @ts-expect-error the worker module ships without types; only its side effect is wanted here
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  for (const [owner, name, descriptor] of saved) if (descriptor) Object.defineProperty(owner, name, descriptor);
  Reflect.deleteProperty(globalThis, 'DecompressionStream');
  return pdfjs;
}

const packageRoot = () => dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** How every PDF here is opened (through openPdf: parser, benchmark, fixture scripts): package-local CMaps and fonts, no eval, no network. */
function pdfjsDocumentOptions() {
  const root = packageRoot();
  return {
    // Without CMaps, PDFs using predefined CJK encodings (UniGB-UCS2-H + STSong-Light) yield no text.
    // Directory options need their trailing slash, or pdfjs-dist takes them for file names.
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    isEvalSupported: false,
    // With font faces "disabled" pdfjs traces every glyph shown into a path for canvas drawing (a third of
    // getOperatorList on a CJK page); nothing here draws. The faces are not loaded either: see openPdf.
    disableFontFace: false,
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
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    const err = e as Error;
    if (err.name === 'PasswordException') throw new InputError(`${path}: the PDF is encrypted and needs a password`, 'encrypted-pdf');
    throw new InputError(`${path}: the PDF cannot be read (${err.message})`, 'corrupt-pdf');
  }
  return withoutFontLoading(doc);
}

/**
 * Fonts reach this thread only to be installed as CSS font faces for drawing, which Node cannot do: pdfjs would try
 * (base64 of every font file, a style element of a document that is not there) and on failure ask the worker for a
 * fallback font. Text and rulings never need them; the worker has already measured the glyphs.
 */
function withoutFontLoading(doc: PdfDocument): PdfDocument {
  const transport = (doc as unknown as { _transport?: { fontLoader?: { bind: (font: unknown) => Promise<void> } } })._transport;
  if (!transport?.fontLoader) throw new Error('pdfjs-dist changed: PDFDocumentProxy._transport.fontLoader is gone (src/parse/pdf/pdfjs.ts)');
  transport.fontLoader.bind = async () => {};
  return doc;
}
