// Attachment links of a 预算公开 page: document files whose link text or file name names a target or self-evaluation table.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes, Root } from 'hast';

/** File kinds a notice attaches its tables as. */
export const ATTACHMENT = /\.(?:pdf|xlsx?|docx?|wps|zip|et|ods|rtf)$/i;
/** Words that say a link is (or contains) a table this tool reads. */
export const TABLE_WORDS = /绩效目标|绩效自评|部门预算/;

export type Attachment = { url: string; text: string };

const parser = unified().use(rehypeParse);

/**
 * Links of a page to take, in page order, each once: an attachment (by its path or its link text) whose text or
 * file name holds one of TABLE_WORDS; other hosts only when `followOffsite`.
 */
export function attachmentLinks(html: string, pageUrl: string, followOffsite: boolean): { taken: Attachment[]; offsite: string[] } {
  const tree = parser.parse(html) as Root;
  const base = baseHref(tree, pageUrl);
  const taken: Attachment[] = [];
  const offsite: string[] = [];
  const seen = new Set<string>();
  const visit = (n: Nodes): void => {
    if (n.type === 'element' && n.tagName === 'a' && typeof n.properties.href === 'string') consider(n);
    if ('children' in n) for (const c of n.children) visit(c as Nodes);
  };
  const consider = (a: Element) => {
    let url: URL;
    try {
      url = new URL(String(a.properties.href), base);
    } catch {
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    url.hash = '';
    const text = toText(a).replace(/\s+/g, ' ').trim();
    const fileName = safeDecode(url.pathname.split('/').pop() ?? '');
    const title = typeof a.properties.title === 'string' ? a.properties.title : '';
    const isAttachment = ATTACHMENT.test(fileName) || ATTACHMENT.test(text) || ATTACHMENT.test(title);
    if (!isAttachment || !TABLE_WORDS.test(`${text} ${title} ${fileName}`) || seen.has(url.href)) return;
    seen.add(url.href);
    if (url.host !== new URL(pageUrl).host && !followOffsite) offsite.push(url.href);
    else taken.push({ url: url.href, text });
  };
  visit(tree);
  return { taken, offsite };
}

function baseHref(tree: Root, pageUrl: string): string {
  let href: string | undefined;
  const find = (n: Nodes): void => {
    if (href) return;
    if (n.type === 'element' && n.tagName === 'base' && typeof n.properties.href === 'string') href = n.properties.href;
    if ('children' in n) for (const c of n.children) find(c as Nodes);
  };
  find(tree);
  try {
    return href ? new URL(href, pageUrl).href : pageUrl;
  } catch {
    return pageUrl;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
