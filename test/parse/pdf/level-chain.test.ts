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
