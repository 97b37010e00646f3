// Exact sums of printed decimals with BigInt, so 1255.022751 + 1021.5575 + 11977.116 shows 14253.696251
// and not 14253.696251000001, without loading mathjs for a report.

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The sum of decimal numbers (numbers or printed strings; others ignored) as a plain decimal string; null when none. */
export function sumDecimals(values: ReadonlyArray<number | string | null | undefined>): string | null {
  const parts = values.map((v) => (typeof v === 'number' ? numberText(v) : v?.trim())).filter((v): v is string => !!v && DECIMAL.test(v));
  if (parts.length === 0) return null;
  const scale = Math.max(...parts.map((p) => p.split('.')[1]?.length ?? 0));
  let total = 0n;
  for (const p of parts) {
    const neg = p.startsWith('-');
    const [int, frac = ''] = p.replace('-', '').split('.');
    const n = BigInt(int! + frac.padEnd(scale, '0'));
    total += neg ? -n : n;
  }
  const neg = total < 0n;
  const digits = (neg ? -total : total).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = scale ? digits.slice(digits.length - scale).replace(/0+$/, '') : '';
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** A JS number as a plain decimal (no exponent) for exact summing. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(n);
  return s.includes('e') ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}
