// End to end with the real tools: page 1 of the seed table as a 200 dpi bilevel scan, OCRed at 300 dpi.
// Fixture: samples/suixi-2024-zuzhibu.gbk.html re-saved as UTF-8, `soffice --headless --infilter="HTML (StarWriter)"
// --convert-to pdf`, `pdftoppm -r 200 -mono -f 1 -l 1`, PNG, `img2pdf --pagesize A4` (no text layer).
import { beforeAll, describe, expect, it } from 'vitest';
import { hasOcrTools, ocrPage } from '../../../src/parse/pdf/ocr/index.ts';
import type { PageContent, PageText } from '../../../src/parse/pdf/page-content.ts';

const SCAN = 'test/fixtures/pdf-ocr/seed-page1-scan.pdf';
const A4 = { width: 595.276, height: 841.89 };
const tools = await hasOcrTools();
if (!tools)
  console.warn('\n*** SKIPPED: OCR tests need pdftoppm and tesseract with chi_sim (apt-get install poppler-utils tesseract-ocr tesseract-ocr-chi-sim) ***\n');

/** Strings tesseract reads exactly on this page, run after run: names, labels and amounts from several columns. */
const READ_EXACTLY = [
  '中共遂溪县委组织部',
  '部门名称',
  '基本支出',
  '财政拨款',
  '106',
  '1255.022751',
  '14253.69625',
  '1021.5575',
  '11977.116',
  '任务1:业务',
  '各种办公业务支出',
  '保证各种办公业务支出',
  '7',
  '1.5',
  '任务3:购置',
  '购置公务用车一辆',
  '18',
  '30',
];

describe.skipIf(!tools)('ocrPage on a scanned seed page', () => {
  let pc: PageContent;
  beforeAll(async () => {
    pc = await ocrPage(SCAN, 1, A4);
  });
  const find = (text: string): PageText => {
    const t = pc.texts.find((x) => x.text === text);
    if (!t) throw new Error(`no text ${text} among ${pc.texts.map((x) => x.text).join(' ')}`);
    return t;
  };

  it('is a PageContent from OCR with the size it was given', () => {
    expect([pc.page, pc.width, pc.height, pc.origin]).toEqual([1, A4.width, A4.height, 'ocr']);
  });

  it('reads names, labels and amounts exactly', () => {
    const texts = new Set(pc.texts.map((t) => t.text));
    expect(READ_EXACTLY.filter((s) => !texts.has(s))).toEqual([]);
    expect(pc.texts.filter((t) => /[|｜丨]/.test(t.text))).toEqual([]);
  });

  it('finds the 21 horizontal and 9 vertical borders, in points', () => {
    const h = pc.rulings.filter((r) => r.y0 === r.y1);
    const v = pc.rulings.filter((r) => r.x0 === r.x1);
    expect([h.length, v.length]).toEqual([21, 9]);
    // The table's outer frame: left x ≈ 56.5 pt, top y ≈ 65.7 pt, right ≈ 566.9 pt, bottom ≈ 799.8 pt.
    expect(Math.round(v[0]!.x0)).toBe(57);
    expect(Math.round(h[0]!.y0)).toBe(66);
    expect(Math.round(v.at(-1)!.x0)).toBe(567);
    expect(Math.round(h.at(-1)!.y0)).toBe(800);
  });

  it('puts each text inside the cell its rulings bound (boxes converted at 72/300)', () => {
    const name = find('中共遂溪县委组织部');
    const amount = find('1255.022751');
    // 部门名称 row lies between the first two horizontal borders; its value cell right of the x ≈ 113.5 border.
    expect(name.y0).toBeGreaterThan(65.7);
    expect(name.y1).toBeLessThan(83.2);
    expect(name.x0).toBeGreaterThan(113.5);
    // 基本支出's amount: between x ≈ 181.2 and 362.4, y ≈ 145.1 and 162.
    expect([amount.x0 > 181.2, amount.x1 < 362.4, amount.y0 > 145.1, amount.y1 < 162]).toEqual([true, true, true, true]);
    expect(amount.confidence).toBeGreaterThan(0);
    expect(amount.confidence).toBeLessThanOrEqual(100);
  });
});

describe.skipIf(!tools)('ocrPage errors', () => {
  it('names the file and page when pdftoppm cannot render it', async () => {
    await expect(ocrPage('test/fixtures/pdf-ocr/no-such.pdf', 3, A4)).rejects.toThrow(/no-such\.pdf page 3: pdftoppm failed/);
    await expect(ocrPage(SCAN, 5, A4)).rejects.toThrow(/seed-page1-scan\.pdf page 5: pdftoppm failed: .*page/);
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    const p = ocrPage(SCAN, 1, A4, { signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toThrow(/seed-page1-scan\.pdf page 1: OCR aborted/);
  });
});
