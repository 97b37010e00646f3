// HTML pages and fragments (GBK pages decoded upstream) → blocks with line/column provenance.
import type { Root } from 'hast';
import type { Block, Parser } from '../grid.ts';
import { InputError } from '../grid.ts';
import { hastBlocks } from './hast-blocks.ts';
import { joinContinuations } from '../shared/continuation.ts';
import { pagesToBlocks } from '../pdf/pages-to-blocks.ts';
import { positionedPages } from './positioned-pages.ts';

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
  return hastBlocks(await htmlTree(html, options.fragment), options.lineOffset ?? 0);
}

async function htmlTree(html: string, fragment: boolean): Promise<Root> {
  const parsers = await htmlProcessors();
  return (fragment ? parsers.fragment : parsers.page).parse(html) as Root;
}

export const htmlParser: Parser = {
  format: 'html',
  sniff: (head, path) => {
    const text = Buffer.from(head.subarray(0, 2048)).toString('latin1');
    return HTML_START.test(text.replace(/^\ufeff|^\xef\xbb\xbf/, '')) && !/\.(md|markdown)$/i.test(path);
  },
  async parse(input) {
    if (input.text === undefined) throw new InputError(`${input.path}: not decoded as text`, 'not-text');
    const tree = await htmlTree(input.text, false);
    // A PDF published as positioned HTML is read by its pages' coordinates, as the PDF would be.
    const pages = positionedPages(tree);
    const blocks = joinContinuations(pages.length ? pagesToBlocks(pages) : hastBlocks(tree, 0));
    const source = { path: input.path, sha256: input.sha256, format: 'html' as const, pages: pages.length || null, encoding: input.encoding };
    return { source, blocks, warnings: [] };
  },
};
