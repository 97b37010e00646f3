// Seeded PRNG (mulberry32) and exact decimal helpers shared by both generators.
// Amounts are kept as integers in ten-thousandths (1 = 0.0001 万元) so that sums and rates are exact.

/** A small deterministic random source; the same seed always gives the same documents. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  /** Uniform float in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** One element of a non-empty list. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** A shuffled copy. */
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
  /** A derived generator, so adding a draw in one place does not shift every later document. */
  fork(tag: string): Rng {
    return new Rng(hashSeed(this.int(0, 2 ** 31), tag));
  }
}

/** FNV-1a of a seed and a tag: a stable per-document seed. */
export function hashSeed(seed: number, tag: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const ch of tag) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Ten-thousandths per unit: amounts are integers of 0.0001. */
export const Q = 10_000;

/** The JSON number of an integer count of ten-thousandths (division by a power of ten prints exactly). */
export function qNum(q: number): number {
  return q / Q;
}

/** The shortest decimal text of an amount in ten-thousandths, as a document would print it. */
export function qText(q: number): string {
  return String(q / Q);
}

/** An integer scaled by 10^decimals printed with exactly that many decimals (2 → "98.67"). */
export function fixed(scaled: number, decimals: number): string {
  const neg = scaled < 0;
  const s = String(Math.abs(scaled)).padStart(decimals + 1, '0');
  const txt = decimals ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
  return neg ? `-${txt}` : txt;
}

/** round(a / b) for non-negative integers, half up, without floats. */
export function divRound(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/** 执行率 in hundredths of a percent (9867 = 98.67%), 0 when the budget is 0. */
export function rateBp(executedQ: number, budgetQ: number): number {
  return budgetQ === 0 ? 0 : divRound(executedQ * 10_000, budgetQ);
}
