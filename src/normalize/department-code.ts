// A department printed with its budget code before its name ([292]国家信访局, 338_烟台市退役军人事务局,
// 105001长春市信访局) or after it in brackets (东川县水利局（518）): the name is the words, the code a field of its own.

/** A leading budget code: bracketed, or digits with or without a separator, before the name's first character. */
const CODE = /^\s*(?:\[(\d{2,9})\]|［(\d{2,9})］|(\d{2,9})\s*[_\-－—]?\s*)(?=\p{Script=Han})(?!年)/u;

/** A budget code after the name's last character, in brackets or not (东川县水利局（518）, 蓝田县水利局412001; cells are
 *  NFKC: （518） reads (518)). */
const TRAILING_CODE = /(?<=\p{Script=Han})\s*(?:\((?!(?:19|20)\d\d\))(\d{2,9})\)|(?!(?:19|20)\d\d\s*$)(\d{3,9}))\s*$/u;

/** The name without a leading budget code, and the code; null when the name prints none. */
export function withoutCode(name: string | null): { name: string; code: string } | null {
  if (!name) return null;
  const after = TRAILING_CODE.exec(name);
  if (after) return { name: name.slice(0, after.index).trim(), code: (after[1] ?? after[2])! };
  const m = CODE.exec(name);
  if (!m) return null;
  const rest = name.slice(m[0].length).trim();
  return rest === '' ? null : { name: rest, code: m[1] ?? m[2] ?? m[3]! };
}
