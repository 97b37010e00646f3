// The reading of adjacent centred groups from label centres, and the row paddings it measures against.
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/parse/pdf/level-chain.ts';
import { rowPads } from '../../../src/parse/pdf/row-pads.ts';

/** Row boundaries at these places, each known to ±1 pt. */
const bounds = (...ys: number[]): [number, number][] => ys.map((y) => [y - 1, y + 1]);
const label = (text: string, centre: number) => ({ text, centre });
const spans = (groups: { label: { text: string }; from: number; to: number }[] | undefined) => groups?.map((g) => `${g.label.text} ${g.from}-${g.to}`);

describe('solveChain', () => {
  // Rows of unequal height: 0–30, 30–50, 50–100, 100–120, 120–150.
  const b = bounds(0, 30, 50, 100, 120, 150);

  it('reads groups that start where the previous one ended and close at the last row', () => {
    expect(spans(solveChain(b, [label('A', 25), label('B', 100)], 0, 5))).toEqual(['A 0-2', 'B 2-5']);
  });

  it('reads from the last row up when the rows above carry no label in this column', () => {
    // Rows 0–1 printed nothing here; B covers rows 2–4 (centre 100), found only by walking up from the end.
    expect(spans(solveChain(b, [label('B', 100)], 0, 5))).toEqual(['B 2-5']);
  });

  it('finds no reading when a group end falls inside a row', () => {
    expect(solveChain(b, [label('A', 40), label('B', 110)], 0, 5)).toBeUndefined();
  });

  it('finds no reading when a label fits neither direction', () => {
    // Down: A 0-2, then B (centre 135) would end at 220, past the table; up: B 4-5, then A would start at −70.
    expect(solveChain(b, [label('A', 25), label('B', 135)], 0, 5)).toBeUndefined();
  });
});

describe('solveChain with groups cut by page breaks', () => {
  // Nine rows of 20 pt, page breaks before rows 3 and 7. A merged cell cut by a page break is printed at the top of
  // its first piece (Writer, Chromium): A opens rows 0–3, C rows 6–8; B is centred over rows 4–5.
  const b = bounds(0, 20, 40, 60, 80, 100, 120, 140, 160, 180);
  const breaks = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2];
  const spread = (i: number, j: number) => 2 * (breaks[j - 1]! - breaks[i]!);
  const top = (text: string, row: number) => ({ text, centre: 20 * row + 5, opens: row });

  it('reads every cut group of a column, with the centred groups between them', () => {
    expect(spans(solveChain(b, [top('A', 0), label('B', 100), top('C', 6)], 0, 9, spread))).toEqual(['A 0-4', 'B 4-6', 'C 6-9']);
  });

  it('takes no cut group that no page break cuts', () => {
    // C opening row 6 would hold rows 6–8 with no break inside when the pages break before rows 3 and 5 only.
    const early = [0, 0, 0, 1, 1, 2, 2, 2, 2, 2];
    const noBreak = (i: number, j: number) => 2 * (early[j - 1]! - early[i]!);
    expect(solveChain(b, [top('A', 0), label('B', 100), top('C', 6)], 0, 9, noBreak)).toBeUndefined();
  });

  it("takes a label level with the last row's top as that row's own, where no centred group ends there", () => {
    // C is set at the top of row 8, a row of its own (Writer, a two-line label in a taller last row).
    expect(spans(solveChain(b, [top('A', 0), label('B', 120), top('C', 8)], 0, 9, spread))).toEqual(['A 0-4', 'B 4-8', 'C 8-9']);
  });

  it('takes a cut group that ends at a page break', () => {
    // A's last row (2) broke across the page with only its padding left for the next one: A is printed at the top
    // of rows 0–2 as a cut cell; B is centred over rows 3–8.
    expect(spans(solveChain(b, [top('A', 0), label('B', 120)], 0, 9, spread))).toEqual(['A 0-3', 'B 3-9']);
  });
});

describe('rowPads', () => {
  it('splits each gap between two rows so that the smallest padding is as large as it can be', () => {
    // Text 10 pt high; rows 0 and 1 fitted to their text (4 pt each side), row 2 set 12 pt taller (10 pt each side).
    const rows = [
      { page: 1, top: 4, bottom: 14 },
      { page: 1, top: 22, bottom: 32 },
      { page: 1, top: 46, bottom: 56 },
    ];
    expect(rowPads(rows).map((p) => Math.round(p * 10) / 10)).toEqual([4, 4, 10]);
  });
});
