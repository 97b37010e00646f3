// The generator's library face: a document, its rendering in its format, its gold.
import { type Doc, type Format } from './model.ts';
import { renderOcr } from './render-ocr.ts';
import { renderMineru, renderHtmlGbk } from './render-html.ts';
import { renderGfm } from './render-gfm.ts';

export { generateDoc, type GenOptions } from './gen-doc.ts';
export { goldOf, goldValue } from './gold.ts';
export { FORMATS, type Doc, type Format } from './model.ts';

const RENDER: Record<Format, (d: Doc) => string | Buffer> = { 'ocr-md': renderOcr, 'mineru-md': renderMineru, gfm: renderGfm, 'html-gbk': renderHtmlGbk };

/** The bytes of a document in its own format. */
export function render(doc: Doc): string | Buffer {
  return RENDER[doc.format](doc);
}
