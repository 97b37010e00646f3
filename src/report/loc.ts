// Where a flag or row came from, written the way an auditor would look it up in the source.
import type { Loc } from '../model/index.ts';

const round = (n: number) => Math.round(n * 10) / 10;

/** "line 40, col 1" (text), "p. 3 [72, 100.5, 300, 112]" (pdf bbox in points), "Sheet1!C17" (spreadsheet), "table 1, row 11, col 2" (Word), or "" when unknown. */
export function formatLoc(loc: Loc | undefined): string {
  if (!loc) return '';
  if (loc.sheet !== undefined || loc.cell !== undefined) return `${loc.sheet ?? '?'}!${loc.cell ?? '?'}`;
  if (loc.page !== undefined) {
    const box = loc.bbox ? ` [${loc.bbox.map(round).join(', ')}]` : '';
    return `p. ${loc.page}${box}`;
  }
  if (loc.table !== undefined)
    return [`table ${loc.table}`, loc.row !== undefined ? `row ${loc.row}` : '', loc.column !== undefined ? `col ${loc.column}` : '']
      .filter(Boolean)
      .join(', ');
  if (loc.paragraph !== undefined) return `paragraph ${loc.paragraph}`;
  if (loc.line !== undefined) return loc.column !== undefined ? `line ${loc.line}, col ${loc.column}` : `line ${loc.line}`;
  return '';
}

/** Short form for a terminal column: "40:1", "p3", "Sheet1!C17". */
export function shortLoc(loc: Loc | undefined): string {
  if (!loc) return '';
  if (loc.sheet !== undefined || loc.cell !== undefined) return `${loc.sheet ?? '?'}!${loc.cell ?? '?'}`;
  if (loc.page !== undefined) return `p${loc.page}`;
  if (loc.table !== undefined) return `t${loc.table}r${loc.row ?? 0}c${loc.column ?? 0}`;
  if (loc.paragraph !== undefined) return `¶${loc.paragraph}`;
  if (loc.line !== undefined) return `${loc.line}:${loc.column ?? 0}`;
  return '';
}
