// The text runs inside one cell → its text in reading order, wrapped lines joined the way the writer meant them.
import type { PageText } from './page-content.ts';
import { TEXT } from './settings.ts';

const LATIN_LETTER = /[A-Za-z]/;

/** Group runs into visual lines (by vertical overlap), each sorted left to right. */
export function textLines(texts: PageText[]): PageText[][] {
  const sorted = [...texts].sort((a, b) => mid(a) - mid(b) || a.x0 - b.x0);
  const lines: PageText[][] = [];
  for (const t of sorted) {
    const line = lines[lines.length - 1];
    const h = t.y1 - t.y0;
    if (line && Math.abs(mid(t) - mid(line[0]!)) <= h * TEXT.sameLine) line.push(t);
    else lines.push([t]);
  }
  return lines.map((l) => l.sort((a, b) => a.x0 - b.x0));
}

const mid = (t: PageText) => (t.y0 + t.y1) / 2;

/** Two lines of one cell paragraph are at most this many of the lower line's heights apart, top to top. */
const PARAGRAPH_PITCH = TEXT.paragraphPitch;

/** Visual lines grouped into paragraphs (a wrapped cell text, a label over several lines), top to bottom. */
export function paragraphLines(texts: PageText[]): PageText[][][] {
  const out: PageText[][][] = [];
  let lastTop = -Infinity;
  for (const line of textLines(texts)) {
    const y0 = Math.min(...line.map((t) => t.y0));
    const h = Math.max(...line.map((t) => t.y1)) - y0;
    if (out.length && y0 - lastTop <= h * PARAGRAPH_PITCH) out.at(-1)!.push(line);
    else out.push([line]);
    lastTop = y0;
  }
  return out;
}

/** One visual line as text: runs that touch are joined, a real gap between Latin words is a space. */
export function lineText(line: PageText[]): string {
  let s = '';
  let prev: PageText | undefined;
  for (const t of line) {
    if (prev) {
      const gap = t.x0 - prev.x1;
      const h = t.y1 - t.y0;
      if (gap > h * 0.25 && !s.endsWith(' ') && !t.text.startsWith(' ')) s += ' ';
    }
    s += t.text;
    prev = t;
  }
  return s;
}

/** A cell's text: its lines joined with nothing, except between two Latin words, where a wrap stood for a space. */
export function cellText(texts: PageText[]): string {
  let s = '';
  for (const line of textLines(texts)) {
    const text = lineText(line).trim();
    if (s && LATIN_LETTER.test(s.at(-1)!) && LATIN_LETTER.test(text[0] ?? '')) s += ' ';
    s += text;
  }
  return s;
}

/** The box around some runs. */
export function boxOf(texts: PageText[]): [number, number, number, number] {
  return [Math.min(...texts.map((t) => t.x0)), Math.min(...texts.map((t) => t.y0)), Math.max(...texts.map((t) => t.x1)), Math.max(...texts.map((t) => t.y1))];
}
