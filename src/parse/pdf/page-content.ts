// What one PDF page is reduced to before cells are built, whether it came from the text layer or from OCR.
// Coordinates are PDF points with the origin at the page's top-left corner and y growing downward,
// so that "reading order" is simply (y, x).
import type { OcrReading } from '../grid.ts';

/** A run of text (one pdfjs text item, or one OCR word) with its box. */
export type PageText = {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** OCR only: the engine's confidence for this word, 0–100. */
  confidence?: number;
  /** OCR only: the readings a value cell's text was decided from, when a second model re-read it. */
  readings?: OcrReading[];
};

/** A ruling line (table border): horizontal when y0 === y1, vertical when x0 === x1. */
export type Ruling = { x0: number; y0: number; x1: number; y1: number };

/** One page, ready for the grid builder. */
export type PageContent = {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  texts: PageText[];
  rulings: Ruling[];
  origin: 'text-layer' | 'ocr';
};
