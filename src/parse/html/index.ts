// HTML pages and fragments (GBK pages decoded upstream) → blocks with line/column provenance.
import type { Root } from 'hast';
import type { Block, Parser } from '../grid.ts';
import { InputError } from '../grid.ts';
import { hastBlocks } from './hast-blocks.ts';
import { joinContinuations } from '../shared/continuation.ts';

type HtmlProcessor = { parse(html: string): unknown };
let processors: Promise<{ page: HtmlProcessor; fragment: HtmlProcessor }> | undefined;
/** unified + rehype-parse, loaded on the first HTML met: a markdown-only run never pays for parse5. */
function htmlProcessors(): Promise<{ page: HtmlProcessor; fragment: HtmlProcessor }> {
  return (processors ??= Promise.all([import('unified'), import('rehype-parse')]).then(([{ unified }, { default: rehypeParse }]) => ({
    page: unified().use(rehypeParse),
    fragment: unified().use(rehypeParse, { fragment: true }),
  })));
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table|title)\b/i;

/** Blocks of an HTML string; `lineOffset` is added to positions (fragments inside markdown). */
export async function htmlToBlocks(html: string, options: { fragment: boolean; lineOffset?: number }): Promise<Block[]> {
  const parsers = await htmlProcessors();
  const tree = (options.fragment ? parsers.fragment : parsers.page).parse(html) as Root;
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
    const blocks = joinContinuations(await htmlToBlocks(input.text, { fragment: false }));
    return { source: { path: input.path, sha256: input.sha256, format: 'html', pages: null, encoding: input.encoding }, blocks, warnings: [] };
  },
};
