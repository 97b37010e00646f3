// A grid cell from the runs in its box: an OCR'd cell drops the mark a speck left as a run of its own.
import { describe, expect, it } from 'vitest';
import { pdfCell } from '../../../src/parse/pdf/pdf-cell.ts';
import type { PageContent, PageText } from '../../../src/parse/pdf/page-content.ts';

const run = (text: string, x0: number, x1: number): PageText => ({ text, x0, x1, y0: 100, y1: 110, confidence: 90 });
const page = (origin: PageContent['origin']): PageContent => ({ page: 1, width: 600, height: 800, origin, rulings: [], texts: [] });
const spans = { rowSpan: 1, colSpan: 1 };

describe('pdfCell', () => {
  it("drops a speck's dot read as a run beside an OCR'd heading (数量指标 | .), and keeps a text layer's text as printed", () => {
    const texts = [run('数量指标', 100, 140), run('.', 141, 143)];
    expect(pdfCell(texts, [90, 95, 200, 115], page('ocr'), spans).text).toBe('数量指标');
    expect(pdfCell(texts, [90, 95, 200, 115], page('text-layer'), spans).text).toBe('数量指标.');
  });
});
