// HTML pages and fragments (GBK pages decoded upstream) → blocks with line/column provenance.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root } from 'hast';
import type { Block, Parser } from '../grid.ts';
import { InputError } from '../grid.ts';
import { hastBlocks } from './hast-blocks.ts';
import { joinContinuations } from '../shared/continuation.ts';

const pageParser = unified().use(rehypeParse);
const fragmentParser = unified().use(rehypeParse, { fragment: true });

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table|title)\b/i;

/** Blocks of an HTML string; `lineOffset` is added to positions (fragments inside markdown). */
export function htmlToBlocks(html: string, options: { fragment: boolean; lineOffset?: number }): Block[] {
  const tree = (options.fragment ? fragmentParser : pageParser).parse(html) as Root;
  return hastBlocks(tree, options.lineOffset ?? 0);
}

export const htmlParser: Parser = {
  format: 'html',
  sniff: (head, path) => {
    const text = Buffer.from(head.subarray(0, 2048)).toString('latin1');
    return HTML_START.test(text.replace(/^\ufeff|^\xef\xbb\xbf/, '')) && !/\.(md|markdown)$/i.test(path);
  },
  async parse(input) {
    if (input.text === undefined) throw new InputError(`${input.path}: not decoded as text`, 'not-text');
    const blocks = joinContinuations(htmlToBlocks(input.text, { fragment: false }));
    return { source: { path: input.path, sha256: input.sha256, format: 'html', pages: null, encoding: input.encoding }, blocks, warnings: [] };
  },
};
