// The block structure of plain text exports (OCR output, tab-separated tables under ATX headings) found by a line
// scan, without building a syntax tree. It answers only where remark would give the same top-level blocks and
// returns null for anything else (fences, quotes, setext headings, indented code, link definitions, GFM
// tables), so that the caller runs remark on exactly the documents that need it.

/** A top-level block as the markdown parser uses it: its kind and its first and last source lines (1-based). */
export type LineSpan = { type: 'heading' | 'paragraph' | 'html' | 'code' | 'line'; start: number; end: number };

const BLANK = /^[ \t]*$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** Paragraph-start characters that may open another construct; such a document goes to remark. */
const UNSURE_START = /^ {0,3}[#>`~=_|[\-+*]/;
/** List items: every line of a list becomes its own text block, so only where the list ends matters. */
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** Lines that could end a paragraph (or be a setext underline) if met inside one. */
const INTERRUPTER = /^ {0,3}(?:[>`~=\-_+*]|1[.)])/;
/** Indented code: four columns of indentation (a tab counts as reaching the next multiple of four). */
const INDENTED = /^(?: {0,3}\t| {4})/;
/** HTML blocks of CommonMark kinds 1–5, which do not end at a blank line. */
const HTML_RAW = /^ {0,3}<(?:(?:script|pre|style|textarea)(?:[\s>]|$)|!--|\?|![A-Za-z]|!\[CDATA\[)/i;
/** HTML blocks of kind 6: a block-level tag; they end at a blank line and nothing interrupts them. */
const HTML_BLOCK = new RegExp(
  `^ {0,3}</?(?:${[
    'address',
    'article',
    'aside',
    'base',
    'basefont',
    'blockquote',
    'body',
    'caption',
    'center',
    'col',
    'colgroup',
    'dd',
    'details',
    'dialog',
    'dir',
    'div',
    'dl',
    'dt',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'frame',
    'frameset',
    'h[1-6]',
    'head',
    'header',
    'hr',
    'html',
    'iframe',
    'legend',
    'li',
    'link',
    'main',
    'menu',
    'menuitem',
    'nav',
    'noframes',
    'ol',
    'optgroup',
    'option',
    'p',
    'param',
    'search',
    'section',
    'summary',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'title',
    'tr',
    'track',
    'ul',
  ].join('|')})(?:[ \\t>]|/>|$)`,
  'i',
);
/** Inside a list, lines that could nest a heading, a fence or a setext underline: left to remark. */
const LIST_UNSURE = /^\s*(?:#{1,6}(?:[ \t]|$)|`{3}|~{3}|=+\s*$|-+\s*$)/;

/** Top-level blocks of `lines`, or null when the text uses a construct this scan does not decide. */
export function scanLineBlocks(text: string, lines: string[]): LineSpan[] | null {
  if (/\r(?!\n)/.test(text) || text.startsWith('\ufeff')) return null;
  const spans: LineSpan[] = [];
  let group: { type: 'paragraph' | 'html'; start: number; end: number } | null = null;
  let groupOpensWithTag = false; // a paragraph-or-HTML-kind-7 group: a heading inside would be undecided
  let inList = false;
  let afterBlank = true;
  const close = () => {
    if (group) spans.push(group);
    group = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const n = i + 1;
    if (BLANK.test(line)) {
      close();
      afterBlank = true;
      continue;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;
    if (inList) {
      // A list ends at a line after a blank one that is neither indented nor another item.
      if (!(wasAfterBlank && !/^[ \t]/.test(line) && !LIST_ITEM.test(line))) {
        if (line.includes('\t') || /<table\b/i.test(line) || LIST_UNSURE.test(line)) return null;
        spans.push({ type: 'line', start: n, end: n });
        continue;
      }
      inList = false;
    }
    if (group) {
      if (group.type === 'html') {
        group.end = n;
        continue;
      }
      if (ATX_HEADING.test(line)) {
        if (groupOpensWithTag) return null;
        close();
        spans.push({ type: 'heading', start: n, end: n });
        afterBlank = true;
        continue;
      }
      if (HTML_RAW.test(line)) return null;
      if (HTML_BLOCK.test(line)) {
        close();
        group = { type: 'html', start: n, end: n };
        continue;
      }
      if (INTERRUPTER.test(line)) return null;
      group.end = n;
      continue;
    }
    if (ATX_HEADING.test(line)) {
      spans.push({ type: 'heading', start: n, end: n });
      afterBlank = true;
      continue;
    }
    if (HTML_RAW.test(line)) return null;
    if (HTML_BLOCK.test(line)) {
      group = { type: 'html', start: n, end: n };
      continue;
    }
    if (LIST_ITEM.test(line)) {
      if (line.includes('\t') || /<table\b/i.test(line) || LIST_UNSURE.test(line)) return null;
      inList = true;
      spans.push({ type: 'line', start: n, end: n });
      continue;
    }
    if (INDENTED.test(line)) {
      // Indented code runs over blank lines while the next non-blank line is indented too.
      let end = n;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j]!;
        if (INDENTED.test(next) && !BLANK.test(next)) {
          end = j + 1;
          continue;
        }
        if (!BLANK.test(next)) break;
      }
      spans.push({ type: 'code', start: n, end });
      i = end - 1;
      afterBlank = true;
      continue;
    }
    if (UNSURE_START.test(line)) return null;
    group = { type: 'paragraph', start: n, end: n };
    groupOpensWithTag = /^ {0,3}</.test(line);
  }
  close();
  return spans;
}
