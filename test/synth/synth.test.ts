// The synthetic corpus generator: deterministic bytes, each format really is that format, gold is self-consistent.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import rehypeParse from 'rehype-parse';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/synth/cli.ts';
import { FORMATS, generateDoc, goldOf, goldValue, render } from '../../scripts/synth/index.ts';
import { htmlPageText } from '../../scripts/synth/render-html.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const corpus = (seed: number, n: number, defects: number) => {
  const out = tempDir('synth-');
  writeCorpus({ out, n, seed, formats: [...FORMATS], defects, gold: true });
  return out;
};
const files = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.includes('.'))
    .sort();

describe('determinism', () => {
  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const a = corpus(7, 12, 0.5),
      b = corpus(7, 12, 0.5),
      c = corpus(8, 12, 0.5);
    expect(files(a)).toEqual(files(b));
    expect(files(a)).toHaveLength(24);
    for (const f of files(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    const changed = files(a).filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(c, f.replace('synth-7-', 'synth-8-')))));
    expect(changed.length).toBeGreaterThan(20);
  });

  it('matches the committed fixtures (seed 3, one document per format)', () => {
    for (let i = 0; i < 4; i++) {
      const doc = generateDoc(i, { seed: 3, formats: FORMATS, defects: 0.5 });
      expect(Buffer.from(render(doc)).equals(readFileSync(join(FIXTURES, doc.file))), doc.file).toBe(true);
      expect(JSON.stringify(goldOf(doc), null, 1) + '\n').toBe(readFileSync(join(FIXTURES, `${doc.file}.json`), 'utf8'));
    }
  });
});

describe('each format parses as the format it claims', () => {
  const docs = Array.from({ length: 8 }, (_, i) => generateDoc(i, { seed: 11, formats: FORMATS, defects: 0.5 }));
  const nTasks = (i: number) => docs[i]!.tasks.length;

  it('OCR markdown: title heading, tab-separated task rows, one per task', () => {
    const text = render(docs[0]!) as string;
    expect(text.split('\n')[2]).toBe(`## ${docs[0]!.title}`);
    expect(text.split('\n').filter((l) => /(^|\t|<p>)任务\d+[:：]/.test(l) && !l.includes('.....'))).toHaveLength(nTasks(0));
    expect(text).toContain(`部门名称\t${docs[0]!.department}\t\t\t`);
  });

  it('MinerU markdown: a title line and one-line <table>s whose rows carry every task', () => {
    const text = render(docs[1]!) as string;
    const tables = text.split('\n').filter((l) => l.startsWith('<table>'));
    expect(text.startsWith(`# ${docs[1]!.title}\n`)).toBe(true);
    expect(tables).toHaveLength(docs[1]!.pageBreakAfter ? 2 : 1);
    const tree = unified().use(rehypeParse, { fragment: true }).parse(tables.join(''));
    const taskCells = JSON.stringify(tree).match(/"value":"任务\d+: /g) ?? [];
    expect(taskCells).toHaveLength(nTasks(1) + (docs[1]!.placeholder ? 1 : 0));
  });

  it('GFM: remark-gfm reads one table of five columns; a malformed row is one cell short', () => {
    let shortRows = 0;
    for (let i = 2; i < 200; i += 4) {
      const doc = generateDoc(i, { seed: 11, formats: FORMATS, defects: 1 });
      const tree = unified()
        .use(remarkParse)
        .use(remarkGfm)
        .parse(render(doc) as string);
      const tables = tree.children.filter((n) => n.type === 'table');
      expect(tables).toHaveLength(1);
      expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 2 });
      const rows = (tables[0] as { children: Array<{ children: unknown[] }> }).children;
      const short = rows.filter((r) => r.children.length !== 5);
      expect(short, doc.file).toHaveLength(doc.tasks.filter((x) => x.goal === null).length);
      expect(short.every((r) => r.children.length === 4)).toBe(true);
      shortRows += short.length;
    }
    expect(shortRows).toBeGreaterThan(0);
  });

  it('GBK HTML: decodes with iconv-lite to the page text, which UTF-8 cannot read', () => {
    const bytes = render(docs[3]!) as Buffer;
    const text = iconv.decode(bytes, 'gbk');
    expect(text).toBe(htmlPageText(docs[3]!));
    expect(text).toContain(`<title>${docs[3]!.title}</title>`);
    expect(text).toContain('<meta charset="gbk">');
    expect(bytes.toString('utf8')).not.toContain(docs[3]!.title);
    expect(text.match(/<table border="1"/g)).toHaveLength(1);
  });
});

describe('gold', () => {
  it('parses indicator targets as the seed gold does', () => {
    expect(goldValue({ raw: '≥ 95', name: '培训签到率(%)' })).toEqual({ raw: '≥ 95', op: '≥', number: 95, unit: '%' });
    expect(goldValue({ raw: '=322个', name: '覆盖村数量' })).toEqual({ raw: '=322个', op: '=', number: 322, unit: '个' });
    expect(goldValue({ raw: '≤15天', name: '办理时限(天)' })).toEqual({ raw: '≤15天', op: '≤', number: 15, unit: '天' });
    expect(goldValue({ raw: '56', name: '发展数量' })).toEqual({ raw: '56', op: '=', number: 56, unit: null });
    expect(goldValue({ raw: '12月31日前', name: '项目完成时限' })).toEqual({ raw: '12月31日前' });
  });

  const dir = corpus(5, 60, 0);
  const clean = files(join(dir, 'gold')).map((f) => JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')));

  it('clean documents: budget identity holds exactly, no flags, every target clean', () => {
    for (const g of clean) {
      const micro = (v: number | null) => Math.round((v ?? 0) * 1e6);
      const e = g.budget.expenditure,
        i = g.budget.income;
      expect(micro(e.basic) + micro(e.project) + micro(e.developmentSpecial) + micro(e.developmentOther), g.document).toBe(
        micro(i.fiscalAppropriation) + micro(i.other),
      );
      expect(g.expectedFlags).toEqual([]);
      expect(g.cleanTargets.tasks).toEqual(g.tasks.map((t: { no: number }) => t.no));
      expect(g.tasks.map((t: { no: number }) => t.no)).toEqual(g.tasks.map((_: unknown, k: number) => k + 1));
      expect(g.indicators.map((t: { no: number }) => t.no)).toEqual(g.indicators.map((_: unknown, k: number) => k + 1));
      expect(g.cleanTargets.budget).toBe(true);
    }
  });

  it('clean documents: every formula recomputes to its stated value, in 万元 or from 元', () => {
    let n = 0;
    for (const g of clean)
      for (const f of g.formulas) {
        const [a, ...rest] = f.operands as number[];
        // The subtraction is always a-b×c; the money formulas are products.
        const value = f.statedUnit === null ? a! - rest[0]! * rest[1]! : f.operands.reduce((x: number, y: number) => x * y, 1);
        const ok = Math.abs(value - f.stated) < 1e-9 * Math.max(1, value) || Math.abs(value / 10000 - f.stated) < 1e-9 * Math.max(1, f.stated);
        expect(ok, `${g.document} task ${f.taskNo} ${f.operands.join('×')}=${f.stated}`).toBe(true);
        expect(f.verdict).toBe('ok');
        n++;
      }
    expect(n).toBeGreaterThan(50);
  });

  it('defective documents: every expected flag names a target that exists and is not listed clean', () => {
    const d = corpus(6, 60, 1);
    const golds = files(join(d, 'gold')).map((f) => JSON.parse(readFileSync(join(d, 'gold', f), 'utf8')));
    expect(golds.filter((g) => g.expectedFlags.length).length).toBeGreaterThan(50);
    for (const g of golds)
      for (const ef of g.expectedFlags) {
        if (ef.target === 'budget') {
          expect(g.cleanTargets.budget).toBe(false);
          continue;
        }
        const pool = ef.target === 'indicator' ? g.indicators : g.tasks;
        expect(
          pool.some((x: { no: number }) => x.no === ef.no),
          `${g.document} ${ef.target} ${ef.no}`,
        ).toBe(true);
        expect(ef.target === 'indicator' ? g.cleanTargets.indicators : g.cleanTargets.tasks).not.toContain(ef.no);
        if (ef.target === 'formula')
          expect(g.formulas.some((f: { taskNo: number; verdict: string }) => f.taskNo === ef.no && f.verdict === 'mismatch')).toBe(true);
      }
  });
});
