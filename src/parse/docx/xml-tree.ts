// A WordprocessingML part → a small element tree, read with a streaming XML parser (saxes), never with regexes.
import { SaxesParser } from 'saxes';
import { InputError } from '../grid.ts';

/** One element: its local name (prefix dropped), attributes by local name, children, and its own text. */
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string };

/** Elements whose text is document text; all other character data (indentation, field codes) is ignored. */
const TEXT_ELEMENTS = new Set(['t']);

const local = (qname: string) => qname.slice(qname.indexOf(':') + 1);

/** Parse XML text into a tree rooted at a synthetic element named "#root". */
export function parseXmlTree(xml: string, path: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = v;
    const el: XmlElement = { name: local(tag.name), attrs, children: [], text: '' };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => {
    const top = stack[stack.length - 1]!;
    if (TEXT_ELEMENTS.has(top.name)) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1]!;
    if (TEXT_ELEMENTS.has(top.name)) top.text += t;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new InputError(`${path}: word/document.xml is not well-formed XML (${(e as Error).message})`, 'bad-docx');
  }
  return root;
}

/** The first child element with this local name. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => el?.children.find((c) => c.name === name);
