// The literal text a number format prints around a number: "≥"0% shows 0.9 as ≥90%, 0"人" shows 125 as 125人.
// The digits themselves are not re-rendered (the grid keeps the stored precision, see cell-value.ts): only
// the text and the percent scaling a format adds, since those change what the printed value says.

/** What a number format does to a number: text before and after it, and how many times it is scaled by 100. */
export type FormatAffixes = { prefix: string; suffix: string; percent: number };

const PLAIN: FormatAffixes = { prefix: '', suffix: '', percent: 0 };
/** Tokens of a format section: "quoted", \x, _x (a space as wide as x), *x (fill), [colour/locale], or one character. */
const TOKEN = /"([^"]*)"|\\(.)|_(.)|\*(.)|\[[^\]]*\]|([\s\S])/gu;
/** Placeholders of the number itself. */
const DIGIT = /[0#?.,]/;
/**
 * Money signs and units (会计专用 formats print ¥, some print 万元): the column header states the unit, and
 * an amount is read as a bare number, so they are left out; signs, %, counts (人, 个) are kept.
 */
const MONEY = /[¥￥$€£]|[万亿]?元/gu;
/** Date and time codes: such a format is not a number format, its value is not shown as a number. */
const DATE_CODE = /[ymdhsYMDHS]/;

/** The prefix, suffix and percent scaling of `numFmt`; none for General, text and date formats. */
export function formatAffixes(numFmt: string | undefined): FormatAffixes {
  if (!numFmt || /^general$/i.test(numFmt.trim())) return PLAIN;
  // The first section (positive numbers). The negative one of accounting formats, (#,##0.00), would turn
  // -5 into "(5)", which reads as no number at all: a negative keeps its "-" and the first section's text.
  const section = firstSection(numFmt);
  let prefix = '',
    suffix = '',
    percent = 0,
    digits = false,
    date = false,
    text = false;
  for (const m of section.matchAll(TOKEN)) {
    const [, quoted, escaped, space, , char] = m;
    let literal: string | null = quoted ?? escaped ?? (space !== undefined ? ' ' : null);
    if (char !== undefined) {
      if (DIGIT.test(char)) {
        digits = true;
        continue;
      }
      if (char === '%') {
        percent++;
        literal = '%';
      } else if (char === '@') {
        text = true;
        continue;
      } else if (DATE_CODE.test(char) || char === 'E' || char === 'e') {
        date = true;
        continue;
      } else literal = char;
    }
    if (literal === null) continue;
    if (digits) suffix += literal;
    else prefix += literal;
  }
  if (date || text || !digits) return PLAIN;
  return { prefix: prefix.replace(MONEY, '').trimStart(), suffix: suffix.replace(MONEY, '').trimEnd(), percent };
}

/** `a;b` → a: the first section, up to a semicolon outside quotes and escapes. */
function firstSection(fmt: string): string {
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '\\' && !quoted) i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) return fmt.slice(0, i);
  }
  return fmt;
}
