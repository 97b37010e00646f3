// One raw cell string from a text format (tab row, pipe cell, HTML fragment) → cleaned text and its formulas.
import type { Loc } from '../../model/index.ts';
import type { MathSource } from '../grid.ts';
import { latexToPlain, printedFormula } from './math.ts';
import { findPlainFormulas } from './formulas.ts';
import { cleanText } from './text.ts';
import { decodeEntities } from './entities.ts';

const INLINE_LATEX = /\$\$?([^$]+?)\$\$?/g;
const MATH_ELEMENT = /<math\b[^>]*>([\s\S]*?)<\/math>/gi;
const BLOCK_TAG = /<\/?(?:p|div|br|li|tr)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^>]*>/g;

/** Clean a raw cell: inline math becomes plain arithmetic, tags are dropped, entities decoded, text cleaned. */
export function readCellText(raw: string, loc: Loc): { text: string; math: MathSource[] } {
  const math: MathSource[] = [];
  if (!/[$<&=]/.test(raw)) return { text: cleanText(raw), math };
  let s = raw.replace(MATH_ELEMENT, (_m, inner: string) => {
    const plain = mathmlToPlain(inner);
    math.push({ syntax: 'mathml', text: decodeEntities(inner.replace(ANY_TAG, '')).trim(), loc });
    return plain;
  });
  s = s.replace(INLINE_LATEX, (_m, tex: string) => {
    math.push({ syntax: 'latex', text: tex.trim(), loc });
    return latexToPlain(tex);
  });
  s = decodeEntities(s.replace(BLOCK_TAG, ' ').replace(ANY_TAG, ''));
  const text = cleanText(s);
  const known = new Set(math.map((m) => latexToPlain(m.text)));
  for (const f of findPlainFormulas(text, loc)) if (!known.has(f.text)) math.push(f);
  // Reading order, whichever syntax each formula was written in.
  const at = (m: MathSource) => text.indexOf(m.syntax === 'plain' ? m.text : printedFormula(m.text));
  return { text, math: math.length > 1 ? math.sort((a, b) => at(a) - at(b)) : math };
}

/** MathML (or LaTeX wrapped in <math>, as MinerU writes it) → plain arithmetic. */
export function mathmlToPlain(inner: string): string {
  const tokens = [...inner.matchAll(/<m[ino]\b[^>]*>([\s\S]*?)<\/m[ino]>/g)].map((m) => decodeEntities(m[1]!));
  const text = tokens.length ? tokens.join('') : decodeEntities(inner.replace(ANY_TAG, ''));
  return printedFormula(text);
}
