// Rows a renderer repeats at the top of every page of a table without rulings (an HTML thead such as
// 部门名称 | 雷州县…局 printed again by the browser on each page). A ruled reader joins the pages at such a row
// (it is the same first row of each page's grid); an unruled page's columns differ from page to page, so the
// repeat would be read as a new table naming the department again. It is said once: on later pages it is dropped.
import { lineText, textLines } from './cell-text.ts';
import { headerLabel } from './header-labels.ts';
import { textHeight } from './lines.ts';
import type { PageContent, PageText } from './page-content.ts';
import { UNRULED } from './settings.ts';
import { phrases } from './unruled-columns.ts';

/**
 * What earlier pages held, by each line's text without white space; a line's key (its phrases and where each starts)
 * is worked out only when a top line of a later page has the same text, as most lines never recur.
 */
export type SeenLines = Map<string, { line: PageText[]; h: number; key?: string | null }[]>;

export const seenLines = (): SeenLines => new Map();

/**
 * The page's texts without the lines at its top that repeat a line of an earlier page word for word at the same
 * places. Only lines of two or more phrases count (a lone value may well recur); a header row is kept, as
 * joinContinuations drops a repeated header row itself.
 */
export function dropRepeatedTopLines(content: PageContent, seen: SeenLines): PageText[] {
  const h = textHeight(content.texts);
  if (!Number.isFinite(h)) return content.texts;
  const lines = textLines(content.texts);
  const dropped = new Set<PageText>();
  for (let i = 0; i < Math.min(lines.length, UNRULED.repeatedTopLines); i++) {
    const earlier = seen.get(plain(lines[i]!));
    const key = earlier && lineKey(lines[i]!, h);
    if (!key || !earlier.some((e) => (e.key ??= lineKey(e.line, e.h) ?? null) === key)) break;
    for (const t of lines[i]!) dropped.add(t);
  }
  for (const line of lines) {
    const text = plain(line);
    seen.set(text, [...(seen.get(text) ?? []), { line, h }]);
  }
  return dropped.size ? content.texts.filter((t) => !dropped.has(t)) : content.texts;
}

const plain = (line: PageText[]) => line.map((t) => t.text.replace(/\s+/g, '')).join('');

function lineKey(line: PageText[], h: number): string | undefined {
  const ps = phrases(line, h);
  if (ps.length < 2 || ps.some((p) => headerLabel(lineText(p)))) return undefined;
  const snap = UNRULED.columnSlack;
  return ps.map((p) => `${Math.round(p[0]!.x0 / snap)}:${lineText(p).trim()}`).join('\u0001');
}

/**
 * Page furniture: the first or last line of a page, one phrase, clear of the line beside it, printed at the same
 * place on most pages with the same text but for its digits (Calc's "Sheet1" at the top and "Page 3" at the foot).
 * Read as loose text it would be taken into the table beside it; it is no part of the document's content.
 */
export function pageFurniture(pages: PageContent[]): Set<PageText> {
  const found = new Map<string, PageText[][]>();
  for (const content of pages) {
    const h = textHeight(content.texts);
    if (!Number.isFinite(h)) continue;
    const lines = textLines(content.texts);
    const top = (l: PageText[]) => Math.min(...l.map((t) => t.y0));
    const bottom = (l: PageText[]) => Math.max(...l.map((t) => t.y1));
    // Clear of the line next to it: the last line of a wrapped label closing the page's table (度指标, at one place
    // on every page of a booklet of like forms) reaches up beside its row's text.
    const ends = lines.length > 1 ? [lines[0]!, lines.at(-1)!] : [];
    const apart = (line: PageText[]) => (line === lines[0] ? top(lines[1]!) >= bottom(line) : top(line) >= bottom(lines.at(-2)!));
    for (const line of ends) {
      if (phrases(line, h).length !== 1 || !apart(line)) continue;
      const snap = UNRULED.columnSlack * 2;
      const key = `${Math.round(line[0]!.x0 / snap)}:${Math.round(line[0]!.y0 / snap)}:${lineText(line).replace(/\d+/g, '#').trim()}`;
      found.set(key, [...(found.get(key) ?? []), line]);
    }
  }
  const out = new Set<PageText>();
  // On most pages: a row of the table that happens to open or close two pages is not furniture.
  const need = Math.max(2, Math.ceil(pages.length * UNRULED.furnitureShare));
  for (const lines of found.values()) if (lines.length >= need) for (const t of lines.flat()) out.add(t);
  return out;
}
