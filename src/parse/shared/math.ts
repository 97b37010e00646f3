// Formulas arrive as LaTeX ($…$), MathML (<math>) or plain text; each becomes plain arithmetic text.

const LATEX_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\\times/g, '×'],
  [/\\div/g, '÷'],
  [/\\cdot/g, '·'],
  [/\\ast/g, '*'],
  [/\\%/g, '%'],
  [/\\left|\\right/g, ''],
  [/\\(?:,|;|!|quad|qquad| )/g, ' '],
  [/\\text\{([^}]*)\}/g, '$1'],
  [/\\mathrm\{([^}]*)\}/g, '$1'],
  [/\\frac\{([^}]*)\}\{([^}]*)\}/g, '($1)/($2)'],
];

/** LaTeX arithmetic → plain text: `322 \times 10 \times 0.1=322` → `322×10×0.1=322`. */
export function latexToPlain(latex: string): string {
  let s = latex;
  // Every cell with a formula is read several times (text, ordering, evaluation): most hold no LaTeX command.
  if (s.includes('\\')) for (const [re, to] of LATEX_SYMBOLS) s = s.replace(re, to);
  s = s.replace(/[{}]/g, '');
  return tightenOperators(s);
}

/** A formula's source (LaTeX, MathML's tokens, plain text) as the cell's cleaned text prints it. */
export const printedFormula = (source: string): string => latexToPlain(source.normalize('NFKC'));

/** Remove spaces around arithmetic operators so the formula reads as one token in the cell text. */
export function tightenOperators(s: string): string {
  return s.replace(/\s*([×÷·*+\-−=/])\s*/g, '$1').trim();
}
