// The PDF fixtures are what their names and gold say (made by scripts/pdf-fixtures/make.ts): checked with
// pdfjs-dist, the parser's engine, so a regenerated fixture that lost text, rulings or its font trick fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { missing, pdfText } from '../../../scripts/pdf-fixtures/verify.ts';
import { facts } from '../../../scripts/pdf-fixtures/describe.ts';

const DIR = 'test/fixtures/pdf';
const gold = (name: string) => JSON.parse(readFileSync(`${DIR}/${name}.gold.json`, 'utf8'));
const TITLE_2024 = '2024年县级部门整体预算绩效目标表';

describe('pdf fixtures', () => {
  it.each(['seed.pdf', 'no-rulings.pdf', 'cmap-stsong.pdf'])('%s holds every gold string in its text layer', async (name) => {
    const g = gold(name);
    expect(g.document).toBe(name);
    const r = await missing(`${DIR}/${name}`, g);
    expect(r.missing).toEqual([]);
    // tasks × 3 + indicators × 2 + distinct level labels + header strings and budget amounts
    expect(r.checked).toBe(name === 'cmap-stsong.pdf' ? 28 : 262);
  });

  it('writer-thead.pdf holds every gold string but those of the row that breaks across a page', async () => {
    // Indicator 40's row starts at the foot of a page and ends under the next page's repeated heading row.
    const r = await missing(`${DIR}/writer-thead.pdf`, gold('writer-thead.pdf'));
    expect(r.missing).toEqual(['强化基层“头雁”综合素质和能力', '进一步提高党建指导员政策理论知识储备;进一步增强党建指导员业务能力水平']);
  });

  it('writer-thead.pdf repeats its first table row (部门名称) on every page', async () => {
    const f = await facts(`${DIR}/writer-thead.pdf`);
    expect(f.pages).toBe(7);
    expect(f.rules).toBeGreaterThan(100);
    const { text } = await pdfText(`${DIR}/writer-thead.pdf`);
    expect(text.split('部门名称中共遂溪县委组织部').length - 1).toBe(7);
    expect(text.split(TITLE_2024).length - 1).toBe(1);
  });

  it('seed.pdf is ruled, spans pages and repeats the title row on each', async () => {
    const f = await facts(`${DIR}/seed.pdf`);
    expect(f.pages).toBe(13);
    expect(f.rules).toBeGreaterThan(100);
    const { text } = await pdfText(`${DIR}/seed.pdf`);
    expect(text.split(TITLE_2024).length - 1).toBe(13);
  });

  it('no-rulings.pdf draws no line at all and prints the title once', async () => {
    const f = await facts(`${DIR}/no-rulings.pdf`);
    expect(f.rules).toBe(0);
    expect(f.pages).toBeGreaterThan(1);
    const { text } = await pdfText(`${DIR}/no-rulings.pdf`);
    expect(text.split(TITLE_2024).length - 1).toBe(1);
  });

  it('scanned.pdf is page images without a text layer', async () => {
    const f = await facts(`${DIR}/scanned.pdf`);
    expect(f).toMatchObject({ pages: 13, chars: 0, images: 13, rules: 0 });
  });

  it('cmap-stsong.pdf uses a predefined CMap with a non-embedded STSong-Light', () => {
    const raw = readFileSync(`${DIR}/cmap-stsong.pdf`, 'latin1');
    expect(raw).toContain('/Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H');
    expect(raw).toContain('/Registry (Adobe) /Ordering (GB1)');
    expect(raw).not.toMatch(/\/FontFile|\/ToUnicode/);
  });

  it('cmap-stsong.blocks.json places every text run of the table inside the cell that holds its text', async () => {
    const blocks = JSON.parse(readFileSync(`${DIR}/cmap-stsong.blocks.json`, 'utf8'));
    const table = blocks.find((b: { table?: unknown }) => b.table);
    const cells: Array<{ text: string; bbox: number[] }> = [];
    table.table.forEach((row: unknown[], r: number) =>
      row.forEach((c, k) => {
        const bbox = table.bboxes[r]?.[k];
        if (bbox) cells.push({ text: typeof c === 'string' ? c : (c as { text: string }).text, bbox });
      }),
    );
    const doc = await getDocument({
      data: new Uint8Array(readFileSync(`${DIR}/cmap-stsong.pdf`)),
      cMapUrl: 'node_modules/pdfjs-dist/cmaps/',
      cMapPacked: true,
      verbosity: 0,
    }).promise;
    const items = (await (await doc.getPage(1)).getTextContent()).items.filter((i) => 'str' in i && i.str.trim() !== '') as Array<{
      str: string;
      transform: number[];
    }>;
    const inTable = items.filter((i) => cells.some((c) => i.transform[5]! > c.bbox[1]! && i.transform[5]! < c.bbox[3]!));
    expect(inTable.length).toBe(82);
    for (const i of inTable) {
      const [x, y] = [i.transform[4]! + 1, i.transform[5]!];
      const home = cells.find((c) => x > c.bbox[0]! && x < c.bbox[2]! && y > c.bbox[1]! && y < c.bbox[3]!);
      expect(home?.text.replace(/\s/g, ''), i.str).toContain(i.str.normalize('NFKC').replace(/\s/g, ''));
    }
  });

  it('corrupt/encrypted.pdf asks for a password and corrupt/truncated.pdf does not open', async () => {
    const open = (name: string) => getDocument({ data: new Uint8Array(readFileSync(`${DIR}/corrupt/${name}`)), verbosity: 0 }).promise;
    await expect(open('encrypted.pdf')).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(open('truncated.pdf')).rejects.toMatchObject({ name: 'InvalidPDFException' });
  });
});
