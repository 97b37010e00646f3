// Word disclosures: .docx read natively (fflate unzip + saxes), .doc/.wps/.rtf through LibreOffice → docx first.
import { unzipSync } from 'fflate';
import type { Flag } from '../../model/index.ts';
import { InputError, type ParseOptions, type ParsedDocument, type Parser, type ParserInput } from '../grid.ts';
import { joinContinuations } from '../shared/continuation.ts';
import { convertWithLibreOffice } from '../spreadsheet/convert.ts';
import { bodyBlocks } from './body.ts';
import { DOCUMENT_PART, sniffWord, type WordKind } from './sniff.ts';
import { parseXmlTree } from './xml-tree.ts';

/** A document.xml larger than this (uncompressed, as the zip declares it) is not a disclosure but a bomb. */
export const MAX_DOCUMENT_XML_BYTES = 256 * 1024 * 1024;

export const wordParser: Parser = {
  format: 'word',
  sniff: (head, path) => sniffWord(head, path) !== null,
  async parse(input, options) {
    const kind = sniffWord(input.bytes, input.path);
    if (!kind) throw new InputError(`${input.path}: not a docx, doc, wps or rtf document`, 'unsupported-format');
    const warnings: Flag[] = [];
    let bytes = input.bytes;
    if (kind !== 'docx') {
      bytes = (await convertWithLibreOffice(input.bytes, conversion(kind, input.path), input.path, options?.signal)).bytes;
      warnings.push(convertedNote(kind, input.path));
    }
    const xml = documentXml(bytes, input.path);
    const { blocks, pictures, tables } = bodyBlocks(parseXmlTree(xml, input.path));
    if (tables === 0 && pictures > 0) {
      if (options?.ocr) return readPicturesByOcr(bytes, input, options, [...warnings, picturesNote(pictures)]);
      throw new InputError(
        `${input.path}: the document has no tables, only ${pictures} picture${pictures === 1 ? '' : 's'}: its tables are probably images (scanned or pasted); run with --ocr to read them by OCR`,
        'word-tables-are-pictures',
      );
    }
    return {
      source: { path: input.path, sha256: input.sha256, format: 'word', pages: null },
      blocks: joinContinuations(blocks),
      warnings,
    } satisfies ParsedDocument;
  },
};

/** Pictures only: the document is printed to PDF by LibreOffice and read as a scan (pdftoppm + tesseract). */
async function readPicturesByOcr(docx: Uint8Array, input: ParserInput, options: ParseOptions, warnings: Flag[]): Promise<ParsedDocument> {
  const spec = { from: 'docx', to: 'pdf', convertTo: 'pdf', noun: 'document', debianPackage: 'libreoffice-writer-nogui', codePrefix: 'doc' };
  const { bytes: pdf } = await convertWithLibreOffice(docx, spec, input.path, options.signal);
  // Loaded here only: pdf.js is large, and most Word documents have real tables.
  const { pdfParser } = await import('../pdf/index.ts');
  const parsed = await pdfParser.parse({ path: input.path, sha256: input.sha256, bytes: pdf }, options);
  return { ...parsed, source: { ...parsed.source, format: 'word' }, warnings: [...warnings, ...parsed.warnings] };
}

function picturesNote(pictures: number): Flag {
  return {
    rule: 'word-pictures-ocr',
    severity: 'info',
    message: `the document has no tables, only ${pictures} picture${pictures === 1 ? '' : 's'}: read by OCR from LibreOffice's PDF of it`,
    target: { kind: 'document' },
    loc: {},
  };
}

/** The main part's text, unzipped alone; a damaged zip or one without word/document.xml is an InputError. */
export function documentXml(bytes: Uint8Array, path: string): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== DOCUMENT_PART) return false;
        if (f.originalSize > MAX_DOCUMENT_XML_BYTES)
          throw new InputError(`${path}: ${DOCUMENT_PART} declares ${f.originalSize} bytes, over the ${MAX_DOCUMENT_XML_BYTES} byte limit`, 'too-large');
        return true;
      },
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: the docx cannot be unzipped (${(e as Error).message})`, 'bad-docx');
  }
  const part = files[DOCUMENT_PART];
  if (!part) throw new InputError(`${path}: a zip without ${DOCUMENT_PART}, not a Word document`, 'bad-docx');
  return new TextDecoder('utf-8').decode(part);
}

/** LibreOffice's type detection reads the content; the extension only helps it choose among Word-like filters. */
function conversion(kind: Exclude<WordKind, 'docx'>, path: string) {
  const from = kind === 'rtf' ? 'rtf' : /\.wps$/i.test(path) ? 'wps' : 'doc';
  return { from, to: 'docx', convertTo: 'docx:MS Word 2007 XML', noun: 'document', debianPackage: 'libreoffice-writer-nogui', codePrefix: 'doc' };
}

function convertedNote(kind: WordKind, path: string): Flag {
  const ext = /\.(\w+)$/.exec(path)?.[1]?.toLowerCase() ?? kind;
  return {
    rule: 'word-converted',
    severity: 'info',
    message: `read through a LibreOffice conversion of the .${ext} file to docx`,
    target: { kind: 'document' },
    loc: {},
  };
}
