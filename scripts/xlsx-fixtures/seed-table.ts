// The seed disclosure's table read back from its OCR markdown lines, as the values an Excel file would hold.
import { readFileSync } from 'node:fs';
import { readCellText, mathmlToPlain } from '../../src/parse/shared/cell-text.ts';
import { latexToPlain } from '../../src/parse/shared/math.ts';
import { decodeEntities } from '../../src/parse/shared/entities.ts';
import { cleanText } from '../../src/parse/shared/text.ts';
import { numberText, percentText } from '../../src/parse/spreadsheet/cell-value.ts';

/** A value to write into a cell: text, or a number with the format that prints it as the seed did. */
export type SeedValue = string | { number: number; numFmt?: string };

export type SeedTable = {
  title: string;
  /** The rows above the task header, five cells each (部门名称 … 总体绩效目标). */
  header: SeedValue[][];
  taskHeader: SeedValue[];
  tasks: Array<{ no: number; cells: SeedValue[] }>;
  /** The 其他需完成的任务 placeholder rows, as cleaned text. */
  other: string[][];
  indicators: Array<{ no: number; name: SeedValue; value: SeedValue }>;
  notes: string[];
};

const TASK = /^任务\d+/u;
const INDICATOR = /^指标\s*(\d+)/u;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u;

/** Read the seed's tab-separated lines into the parts of the table. */
export function readSeed(path: string): SeedTable {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const table: SeedTable = { title: '', header: [], taskHeader: [], tasks: [], other: [], indicators: [], notes: [] };
  let stage: 'header' | 'tasks' | 'other' | 'indicators' = 'header';
  lines.forEach((line, i) => {
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading && !table.title) table.title = heading[1]!.trim();
    if (/^备注|^\d+\.\s*本表/u.test(line)) table.notes.push(cleanText(line));
    if (!line.includes('\t')) return;
    const raw = line.split('\t');
    const clean = raw.map((r) => readCellText(r, { line: i + 1 }).text);
    const t = clean.findIndex((c) => TASK.test(c.replace(/\s+/g, '')));
    const ind = clean.findIndex((c) => INDICATOR.test(c.replace(/\s+/g, '')));
    if (clean.some((c) => c.startsWith('其他需完成的任务'))) stage = 'other';
    if (stage === 'other' && clean.includes('一级指标')) stage = 'indicators';
    if (ind >= 0) {
      stage = 'indicators';
      const at = clean.slice(ind + 1).findIndex((c) => c !== '');
      table.indicators.push({
        no: Number(INDICATOR.exec(clean[ind]!.replace(/\s+/g, ''))![1]),
        name: cellValue(raw[ind]!, clean[ind]!),
        value: at < 0 ? '' : cellValue(raw[ind + 1 + at]!, clean[ind + 1 + at]!),
      });
      return;
    }
    if (stage === 'header' && clean.includes('名称') && clean.includes('主要实施内容')) {
      table.taskHeader = clean.slice(clean.indexOf('名称'));
      stage = 'tasks';
      return;
    }
    if (stage === 'header') {
      table.header.push(
        raw
          .map((r, k) => cellValue(r, clean[k]!))
          .concat(Array(5).fill(''))
          .slice(0, 5),
      );
      return;
    }
    if (stage === 'tasks' && t >= 0) {
      table.tasks.push({ no: Number(/\d+/.exec(clean[t]!)![0]), cells: raw.slice(t, t + 4).map((r, k) => cellValue(r, clean[t + k]!)) });
      return;
    }
    if (stage === 'other') table.other.push(clean.slice(0, 4));
  });
  return table;
}

/**
 * What a workbook cell holds for one seed cell: a number when the seed printed a canonical number or
 * percentage, else the text with math written out plainly and OCR wrap spaces turned into the line
 * breaks (Alt+Enter) a filled-in sheet has. Checked to clean back to exactly the markdown cell's text.
 */
export function cellValue(raw: string, clean: string): SeedValue {
  if (/^-?\d+(?:\.\d+)?$/.test(clean) && numberText(Number(clean)) === clean) return { number: Number(clean) };
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(clean);
  if (pct) {
    const n = Number(pct[1]) / 100;
    if (percentText(n) === clean) return { number: n, numFmt: pct[1]!.includes('.') ? '0.0%' : '0%' };
  }
  let s = raw
    .replace(/<math\b[^>]*>([\s\S]*?)<\/math>/gi, (_m, inner: string) => mathmlToPlain(inner))
    .replace(/\$\$?([^$]+?)\$\$?/g, (_m, tex: string) => latexToPlain(tex))
    .replace(/<\/?[a-zA-Z][^>]*>/g, '');
  s = decodeEntities(s).trim();
  const wrapped = s.replace(/(\S)[ \t]+(?=(\S))/gu, (m, a: string, b: string) => (CJK.test(a) && CJK.test(b) ? `${a}\n` : m));
  return cleanText(wrapped) === clean ? wrapped : clean;
}
