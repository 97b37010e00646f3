// OCR word boxes for the word-grid tests: what tesseract's TSV gives, each word on a line of its own.
import type { OcrWord } from '../../src/parse/pdf/ocr/tesseract-tsv.ts';

/** A maker of words `charWidth` px a character and `height` px tall (a word may say its own height), lines counted. */
export function ocrWords(charWidth: number, height: number): (text: string, left: number, top: number, ownHeight?: number) => OcrWord {
  let line = 0;
  return (text, left, top, ownHeight = height) => ({
    text,
    left,
    top,
    width: charWidth * [...text].length,
    height: ownHeight,
    conf: 90,
    page: 1,
    block: 1,
    par: 1,
    line: ++line,
    word: 1,
  });
}
