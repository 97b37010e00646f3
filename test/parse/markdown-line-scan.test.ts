// The line scan must give exactly remark's blocks wherever it answers, and answer for the plain text exports it exists for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/parse/markdown/index.ts';
import { scanLineBlocks } from '../../src/parse/markdown/line-blocks.ts';
import { generateDoc, render } from '../../scripts/synth/index.ts';

const files = ['samples', 'test/fixtures', 'test/synth/fixtures'].flatMap((d) =>
  readdirSync(d, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(d, f)),
);
/** Synthetic OCR and MinerU documents (with defects) from the generator, a seed this test alone uses. */
const SYNTH_DOCS = 60;
const synth = Array.from({ length: SYNTH_DOCS }, (_, i) => generateDoc(i, { seed: 4242, formats: ['ocr-md', 'mineru-md'], defects: 3 }));

/** Small documents that exercise each way the scan must decline or split. */
const TRICKY: Record<string, { text: string; scans: boolean }> = {
  'heading interrupts a paragraph': { text: '部门名称\t甲\n## 年度任务\n任务1\t1\n', scans: true },
  'html block of kind 6 keeps a heading inside': { text: '<p>a</p>\t<p>b</p>\n# not a heading\n\nx\ty\n', scans: true },
  'list at the end, lazy line': { text: 'a\tb\n\n1. 备注\n续行\n\n2. 其二\n', scans: true },
  'list followed by a table paragraph': { text: '- 说明\n\n部门名称\t甲\n预算\t1\n', scans: true },
  'setext heading': { text: '标题\n===\n\na\tb\n', scans: false },
  'fenced code': { text: '```\na\tb\n\n# x\n```\n', scans: false },
  'block quote': { text: '> a\tb\n', scans: false },
  'indented code': { text: 'x\n\n    a\tb\n', scans: true },
  'indented code over a blank line, then a paragraph': { text: 'x\n\n\ta\tb\n\n\tc\td\ny\te\n\n\tf\tg\n', scans: true },
  'paragraph interrupted by an html block': { text: 'a\tb\n<p>c</p>\t<p>d</p>\n', scans: true },
  'thematic break inside a paragraph': { text: 'a\tb\n---\n', scans: false },
  'raw html block': { text: '<!-- c\n\n-->\na\tb\n', scans: false },
  'tag paragraph with a heading inside': { text: '<span>\n# x\n', scans: false },
};

const same = async (text: string) => expect(await markdownBlocks(text)).toEqual(await markdownBlocks(text, { viaRemark: true }));

describe('markdown line scan', () => {
  it("gives remark's blocks for every markdown file in samples/ and test/", async () => {
    for (const f of files) await same(readFileSync(f, 'utf8'));
  });

  it("gives remark's blocks for synthetic OCR and MinerU documents, and answers for the OCR ones", async () => {
    let scanned = 0;
    for (const doc of synth) {
      const text = String(render(doc));
      await same(text);
      if (doc.format === 'ocr-md' && scanLineBlocks(text, text.split(/\r?\n/)) !== null) scanned++;
    }
    expect(scanned).toBe(synth.filter((d) => d.format === 'ocr-md').length);
  });

  it('answers for the seed', () => {
    const seed = readFileSync('samples/suixi-2024-zuzhibu.md', 'utf8');
    expect(scanLineBlocks(seed, seed.split(/\r?\n/))).not.toBeNull();
  });

  for (const [name, { text, scans }] of Object.entries(TRICKY)) {
    it(`${name}: ${scans ? 'same blocks as remark' : 'left to remark'}`, async () => {
      expect(scanLineBlocks(text, text.split('\n')) !== null).toBe(scans);
      await same(text);
    });
  }
});
