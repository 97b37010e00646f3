// Exact decimal arithmetic, so 2145*3500*12*0.1 is exactly 9009000. decimal.js directly, not through mathjs:
// mathjs's BigNumber is this same Decimal class (cloned with precision 64), and building a mathjs instance cost
// about 1 s of every run's start-up for the one function used from it.
import { Decimal } from 'decimal.js';

/** An exact decimal number (decimal.js; identical to mathjs's BigNumber). */
export type BigNumber = Decimal;

/** Significant digits kept by division; 64 as mathjs was configured, far beyond any printed budget figure. */
const PRECISION = 64;
const Exact = Decimal.clone({ precision: PRECISION });

/** Exact decimal from a printed number string. */
export const big = (s: string | number): BigNumber => new Exact(s);

const TOKEN = /\s*(\d+(?:\.\d+)?|[-+*/()])/y;
/** Parentheses and unary minus nest by recursion below; deeper than this is no printed formula (and would
 *  overflow the stack at ~10k), so it is unparsable. */
export const MAX_NESTING = 200;

/** Deepest nesting of parentheses and unary minus signs in the tokens. */
function nesting(tokens: string[]): number {
  let depth = 0;
  let signs = 0; // a run of unary minus signs ("- - -1") recurses once per sign
  let max = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const unary = t === '-' && (k === 0 || /^[-+*/(]$/.test(tokens[k - 1]!));
    signs = unary ? signs + 1 : 0;
    if (t === '(') depth++;
    else if (t === ')') depth--;
    max = Math.max(max, depth + signs);
  }
  return max;
}

/**
 * Evaluate + - * / and parentheses over BigNumbers; null for anything else. A small recursive-descent
 * reader rather than math.evaluate: a general expression parser (mathjs's) would accept units ("12 kg") and is five times slower.
 */
export function evaluateExact(expression: string): BigNumber | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < expression.length && (m = TOKEN.exec(expression))) tokens.push(m[1]!);
  if (expression.slice(TOKEN.lastIndex).trim() !== '' || tokens.length === 0 || nesting(tokens) > MAX_NESTING) return null;
  let i = 0;
  const peek = () => tokens[i];
  const sum = (): BigNumber | null => {
    let left = product();
    while (left && (peek() === '+' || peek() === '-')) {
      const op = tokens[i++];
      const right = product();
      if (!right) return null;
      left = op === '+' ? left.plus(right) : left.minus(right);
    }
    return left;
  };
  const product = (): BigNumber | null => {
    let left = unary();
    while (left && (peek() === '*' || peek() === '/')) {
      const op = tokens[i++];
      const right = unary();
      if (!right || (op === '/' && right.isZero())) return null;
      left = op === '*' ? left.times(right) : left.div(right);
    }
    return left;
  };
  const unary = (): BigNumber | null => {
    if (peek() === '-') {
      i++;
      const v = unary();
      return v ? v.neg() : null;
    }
    if (peek() === '(') {
      i++;
      const v = sum();
      return peek() === ')' && ++i ? v : null;
    }
    const t = tokens[i++];
    return t !== undefined && /^\d/.test(t) ? big(t) : null;
  };
  const value = sum();
  return value && i === tokens.length && value.isFinite() ? value : null;
}
