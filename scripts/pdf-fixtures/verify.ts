// Checks PDFs against their gold with pdfjs-dist (the parser's engine): each gold string (title, department,
// task names, content/goal openings, indicator names, targets and level labels, budget amounts) must occur
// in the page text, taken in content-stream order with whitespace removed and NFKC applied. A text-layer
// sanity check, not a parser: it cannot tell cells apart, and it skips files without a text layer (scanned).
// usage: node --import tsx scripts/pdf-fixtures/verify.ts <pdf or dir> [...]   (gold: <file>.gold.json or DIR/gold/<file>.json)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openPdf } from '../../src/parse/pdf/pdfjs.ts';

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** All text of a PDF, page by page in stream order, whitespace removed; and its page count. */
export async function pdfText(path: string): Promise<{ text: string; pages: number }> {
  const doc = await openPdf(new Uint8Array(readFileSync(path)), path);
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join('');
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text: norm(text), pages };
}

type Gold = {
  title: string;
  department: { name: string };
  tasks: Array<{ name: string; contentStart?: string; goalStart?: string; amount: number | null }>;
  indicators: Array<{ name: string; value: { raw: string }; level1?: string; level2?: string }>;
  budget: { expenditure: Record<string, number | null>; income: Record<string, number | null> };
};

/** The gold strings missing from the PDF's text (empty when all are present). */
export async function missing(pdf: string, gold: Gold): Promise<{ missing: string[]; checked: number; pages: number }> {
  const { text, pages } = await pdfText(pdf);
  const want = [
    gold.title,
    gold.department.name,
    ...gold.tasks.flatMap((t) => [t.name, t.contentStart ?? '', t.goalStart ?? '']),
    ...gold.indicators.flatMap((i) => [i.name, i.value.raw]),
    ...new Set(gold.indicators.flatMap((i) => [i.level1 ?? '', i.level2 ?? ''])),
    ...Object.values(gold.budget.expenditure),
    ...Object.values(gold.budget.income),
  ]
    .filter((s) => s !== null && s !== '')
    .map((s) => norm(String(s)));
  return { missing: want.filter((s) => !text.includes(s)), checked: want.length, pages };
}

function goldPath(pdf: string): string | null {
  const beside = `${pdf}.gold.json`;
  const inGold = join(dirname(pdf), '..', 'gold', `${basename(pdf)}.json`);
  return existsSync(beside) ? beside : existsSync(inGold) ? inGold : null;
}

async function main(args: string[]): Promise<void> {
  const pdfs = args.flatMap((a) =>
    statSync(a).isDirectory()
      ? readdirSync(a)
          .filter((f) => f.endsWith('.pdf'))
          .map((f) => join(a, f))
      : [a],
  );
  let bad = 0;
  for (const pdf of pdfs) {
    const g = goldPath(pdf);
    if (!g) {
      console.log(`${pdf}: no gold, skipped`);
      continue;
    }
    const r = await missing(pdf, JSON.parse(readFileSync(g, 'utf8')) as Gold);
    if (r.missing.length === r.checked) {
      console.log(`${pdf}: ${r.pages} pages, no text layer (all ${r.checked} strings absent)`);
      continue;
    }
    if (r.missing.length) bad++;
    console.log(
      `${pdf}: ${r.pages} pages, ${r.checked - r.missing.length}/${r.checked} gold strings found${r.missing.length ? `; missing: ${r.missing.slice(0, 8).join(' | ')}` : ''}`,
    );
  }
  if (bad) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
