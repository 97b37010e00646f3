// Characters tesseract invents where a border runs (`|`, `[`, `一` …): dropped when they lie on a detected ruling.
import type { OcrWord } from './tesseract-tsv.ts';
import { asDoubtful } from '../ocr-unsure.ts';
import type { PixelRuling } from './rulings-from-raster.ts';

/** What a border looks like to tesseract: only these, and only on a ruling, are artifacts. */
// Not '一', brackets or punctuation: those are real text at a cell's edge far more often than border remnants.
const BORDER_GLYPHS = /^[|｜丨!！Il\[\]【】_＿—―\-‐~～'‘’`]+$/u;
/** Vertical strokes tesseract glues to the first or last character of a cell next to a border. */
const EDGE_BAR = /[|｜丨\[\]【】]/u;
/** How far (pixels) a ruling may be outside a word's box and still count as running through it. */
const DEFAULT_TOLERANCE = 3;

/** Drop words made only of border-like glyphs that lie on a ruling; trim a stray bar where a ruling cuts a word's edge. */
export function dropRulingArtifacts(words: readonly OcrWord[], rulings: readonly PixelRuling[], tolerance = DEFAULT_TOLERANCE): OcrWord[] {
  const out: OcrWord[] = [];
  for (const word of words) {
    const w = wordWithoutBars(word);
    const crossing = rulings.filter((r) => crosses(w, r, tolerance));
    if (crossing.length === 0) {
      if (w.text !== '') out.push(figureWithoutBrackets(w));
      continue;
    }
    if (BORDER_GLYPHS.test(w.text)) continue;
    const trimmed = trimEdgeBars(
      w,
      crossing.filter((r) => r.x0 === r.x1),
      tolerance,
    );
    if (trimmed.text !== '') out.push(trimmed);
  }
  return out;
}

/** A bar glued to Chinese text (长效管理机制|): a border no ruling was found for (a cell's crop, a faint line). No
 *  cell of these forms writes a bar beside a Chinese character. */
const BAR_BESIDE_HAN = /^[|｜丨]+(?=\p{Script=Han})|(?<=\p{Script=Han})[|｜丨]+$/gu;

/** A text without the bars glued to its Chinese characters: a run as well as a word (a lone `|` merged into its line). */
export const withoutBarsBesideHan = (text: string) => text.replace(BAR_BESIDE_HAN, '');

/**
 * A figure with a square bracket glued on (2452.1]): a sliver of the cell's border. Not a bar, which may be a 1
 * (12| is 121 as often as 12). The figure keeps a confidence below OCR_UNSURE_BELOW: a person checks it.
 */
const FIGURE_IN_BRACKETS = /^[[\]【】]*(?<figure>[\d.,%]*\d[\d.,%]*)[[\]【】]*$/u;

/**
 * A speck of dust beside a cell's text read as a mark: a trailing . or ' after a Chinese character, a closing
 * bracket or a percent sign (服务保障能力.), a comma after a bracket or percent sign (服务对象满意度(%),), a leading
 * closing quote or a dot before Chinese text (”持续提升, .名称). A wrapped line may end in a comma or a closing quote after Chinese
 * text (村“两委”), and a line may open with a quote (“两新”组织), so those stay.
 */
const SPECK_MARK = /(?<=[\p{Script=Han})）%])[.'`]+$|(?<=[)）%])[,，]+$|^(?:[”’]+|[.·]+)(?=\p{Script=Han})/gu;

/** A short run (a heading, a name: 二级指标, | 三级指标“) ends in no comma or opening quote either; a wrapped line
 *  of content, which may end in a comma, is longer. */
const SHORT_RUN = 10;
const SHORT_RUN_MARK = /(?<=\p{Script=Han})(?:[,，]+|[“"]+)$/u;

export const withoutSpeckMarks = (text: string) => {
  const t = text.replace(SPECK_MARK, '');
  return [...t].length <= SHORT_RUN ? t.replace(SHORT_RUN_MARK, '') : t;
};

/** A figure without the brackets glued round it, doubtful; any other word as it is. */
function figureWithoutBrackets(w: OcrWord): OcrWord {
  const figure = FIGURE_IN_BRACKETS.exec(w.text)?.groups?.figure;
  return figure !== undefined && figure !== w.text ? { ...w, text: figure, conf: asDoubtful(w.conf) } : w;
}

function wordWithoutBars(w: OcrWord): OcrWord {
  const text = withoutBarsBesideHan(w.text);
  return text === w.text ? w : { ...w, text };
}

function crosses(w: OcrWord, r: PixelRuling, tol: number): boolean {
  const [x0, y0, x1, y1] = [w.left - tol, w.top - tol, w.left + w.width + tol, w.top + w.height + tol];
  if (r.y0 === r.y1) return r.y0 >= y0 && r.y0 <= y1 && r.x0 <= x1 && r.x1 >= x0;
  return r.x0 >= x0 && r.x0 <= x1 && r.y0 <= y1 && r.y1 >= y0;
}

function trimEdgeBars(w: OcrWord, verticals: readonly PixelRuling[], tol: number): OcrWord {
  let { text, left, width } = w;
  const chars = [...text];
  const charWidth = width / Math.max(1, chars.length);
  if (chars.length > 1 && EDGE_BAR.test(chars[0]!) && verticals.some((r) => r.x0 <= left + charWidth + tol)) {
    chars.shift();
    left += charWidth;
    width -= charWidth;
  }
  if (chars.length > 1 && EDGE_BAR.test(chars.at(-1)!) && verticals.some((r) => r.x0 >= left + width - charWidth - tol)) {
    chars.pop();
    width -= charWidth;
  }
  text = chars.join('');
  return { ...w, text, left, width };
}

/** A letter standing for the figure before a decimal point: 1 read l, L, I or |; 0 read D, O or o (L.2万亩, D.8). */
const ONE_BEFORE_POINT = /(^|[^A-Za-z])[lLI|](?=[.．]\d)/gu;
const ZERO_BEFORE_POINT = /(^|[^A-Za-z])[DOo](?=[.．]\d)/gu;

/**
 * A number whose leading figure tesseract read as a letter, the figure put back. No word holds a lone Latin letter
 * before a decimal; the run's confidence is lowered by the caller, so the cell is still flagged for a person to check.
 */
export const lettersAsFigures = (text: string) => text.replace(ONE_BEFORE_POINT, '$11').replace(ZERO_BEFORE_POINT, '$10');
