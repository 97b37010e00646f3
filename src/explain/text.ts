// Terminal text helpers: display width of CJK text (two columns per character), padding, and ANSI colors.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Wide (two-column) code point ranges of East Asian text, from Unicode's EastAsianWidth W and F classes. */
const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/** Columns a string takes in a terminal (ANSI codes take none, CJK characters two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(ANSI, '')) {
    const cp = ch.codePointAt(0)!;
    w += WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
  }
  return w;
}

/** Pad to `width` columns, on the right (text) or on the left (numbers). */
export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'left' ? s + fill : fill + s;
}

/** Rows laid out in columns two spaces apart; the last column is never padded (it may be long). */
export function columns(rows: string[][], align: Array<'left' | 'right'> = [], indent = '  '): string[] {
  const n = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: n }, (_, i) => Math.max(0, ...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map(
    (r) =>
      indent +
      r
        .map((c, i) => (i === r.length - 1 && align[i] !== 'right' ? c : pad(c, widths[i]!, align[i] ?? 'left')))
        .join('  ')
        .trimEnd(),
  );
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, cyan: 36, gray: 90, bold: 1, dim: 2, underline: 4 } as const;
export type Style = keyof typeof CODES;

/** A painter that wraps text in ANSI codes, or leaves it alone when color is off. */
export function painter(color: boolean): (style: Style, s: string) => string {
  return (style, s) => (color && s ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
}

/** Text without ANSI codes (for width and for tests). */
export const stripAnsi = (s: string): string => s.replace(ANSI, '');

/** Cut to at most `width` columns, ending in "…" when cut (for a middle column holding free text). */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}
