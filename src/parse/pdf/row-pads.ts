// How much room each unruled row leaves above and below its text. A row's text is centred in its cell, so the
// gap between two rows' text on a page is the padding of the one above plus that of the one below: given the
// first row's padding, the gaps give all the others. Row heights are not a function of any one cell's text (the
// tallest cell may be anywhere, or a height set by hand), so the first row's padding is chosen to make the
// smallest padding of the page as large as it can be: the rows with the least room are the ones fitted to
// their text, with the sheet's own cell margin.

import { median } from './lines.ts';

export type PaddedRow = { page: number; top: number; bottom: number };

/** Each row's padding (points); a page with a single row gets the median padding of the others. */
export function rowPads(rows: PaddedRow[]): number[] {
  const pads: number[] = new Array(rows.length).fill(NaN);
  for (let from = 0; from < rows.length; ) {
    let to = from + 1;
    while (to < rows.length && rows[to]!.page === rows[from]!.page) to++;
    pagePads(rows.slice(from, to)).forEach((p, k) => {
      pads[from + k] = p;
    });
    from = to;
  }
  const fallback = median(pads) || 0;
  return pads.map((p) => (Number.isFinite(p) ? p : fallback));
}

/**
 * p[k] = a[k] + x for even k and a[k] − x for odd k (a[0] = 0, p[k] = gap[k] − p[k − 1]); the x that maximises
 * the smallest p makes the smallest even and the smallest odd one equal.
 */
function pagePads(rows: PaddedRow[]): number[] {
  if (rows.length < 2) return [NaN];
  const a = [0];
  for (let k = 1; k < rows.length; k++) a.push(rows[k]!.top - rows[k - 1]!.bottom - a[k - 1]!);
  const minEven = Math.min(...a.filter((_, k) => k % 2 === 0));
  const minOdd = Math.min(...a.filter((_, k) => k % 2 === 1));
  const x = (minOdd - minEven) / 2;
  return a.map((v, k) => Math.max(0, k % 2 === 0 ? v + x : v - x));
}
