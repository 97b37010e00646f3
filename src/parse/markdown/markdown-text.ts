// A markdown cell's or line's text: the shared cell reading, after the emphasis a writer wrapped the whole of it in
// (**2023年部门整体预算绩效目标表**, | **部门名称** |). Emphasis inside a text is left: a `*` there may be a product.
import type { Loc } from '../../model/index.ts';
import { readCellText } from '../shared/cell-text.ts';
import type { MathSource } from '../grid.ts';

const WRAPPED = /^\s*(\*\*|__|\*|_)(?=\S)((?:(?!\1)[\s\S])*?\S)\1\s*$/u;

export function readMarkdownText(raw: string, loc: Loc): { text: string; math: MathSource[] } {
  return readCellText(WRAPPED.exec(raw)?.[2] ?? raw, loc);
}
