// Generator 1's table model: rows of cells with rowspan/colspan placed on an occupancy matrix,
// rendered as an HTML <table> or as markdown (GFM pipe table, or MinerU-style HTML table inside markdown).

/** GFM has no spans: merged cells blank, level cells repeated, or every merged cell repeated. */
export type RepeatMode = 'blank' | 'levels' | 'all';

export interface Cell {
  t: string;
  rs?: number;
  cs?: number;
  th?: boolean /** GFM: repeat the text in spanned rows */;
  rep?: boolean;
}

/** A table whose rows are appended in reading order; a short row's last cell stretches to the table's width. */
export class Grid {
  readonly rows: Cell[][] = [];
  private occ: boolean[][] = [];
  /** origin[r][c] = the cell covering (r, c) and whether (r, c) is its top-left corner. */
  private origin: { cell: Cell; top: boolean }[][] = [];
  constructor(readonly width: number) {}

  /** Appends a row; strings are plain cells. */
  add(...cells: (Cell | string)[]): this {
    const r = this.rows.length,
      row = cells.map((c) => (typeof c === 'string' ? { t: c } : { ...c }));
    this.occ[r] ??= [];
    this.origin[r] ??= [];
    let c = 0;
    row.forEach((cell, k) => {
      while (this.occ[r]![c]) c++;
      if (k === row.length - 1) {
        // stretch the last cell over the free columns up to the width
        let free = 0;
        for (let x = c; x < this.width && !this.occ[r]![x]; x++) free++;
        if ((cell.cs ?? 1) < free) cell.cs = free;
      }
      for (let dy = 0; dy < (cell.rs ?? 1); dy++)
        for (let dx = 0; dx < (cell.cs ?? 1); dx++) {
          (this.occ[r + dy] ??= [])[c + dx] = true;
          (this.origin[r + dy] ??= [])[c + dx] = { cell, top: dy === 0 && dx === 0 };
        }
      c += cell.cs ?? 1;
    });
    this.rows.push(row);
    return this;
  }

  /** The expanded matrix: every position's text (spanned positions '' unless the cell repeats). */
  matrix(mode: RepeatMode = 'levels'): string[][] {
    const repeatAll = mode === 'all';
    return this.rows.map((_, r) =>
      Array.from({ length: this.width }, (_, c) => {
        const o = this.origin[r]?.[c];
        if (!o) return '';
        return o.top ||
          (((o.cell.rep && mode !== 'blank') || repeatAll) && this.origin[r - 1]?.[c]?.cell === o.cell && (c === 0 || this.origin[r]![c - 1]?.cell !== o.cell))
          ? o.cell.t
          : '';
      }),
    );
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The grid as an HTML table; newline in a cell becomes <br>. */
export function tableHtml(g: Grid, border: boolean): string {
  const tr = g.rows.map(
    (row) =>
      '<tr>' +
      row
        .map((c) => {
          const tag = c.th ? 'th' : 'td';
          const attrs = `${(c.rs ?? 1) > 1 ? ` rowspan="${c.rs}"` : ''}${(c.cs ?? 1) > 1 ? ` colspan="${c.cs}"` : ''}`;
          return `<${tag}${attrs}>${esc(c.t).replace(/\n/g, '<br>')}</${tag}>`;
        })
        .join('') +
      '</tr>',
  );
  return `<table${border ? ' border="1" cellspacing="0" cellpadding="4"' : ''}>\n${tr.join('\n')}\n</table>`;
}

/** The grid as a GFM pipe table: the first row is the header, merged cells blank or repeated. */
export function tableGfm(g: Grid, mode: RepeatMode): string {
  const m = g.matrix(mode);
  const line = (cells: string[]) => `| ${cells.map((t) => t.replace(/\|/g, '\\|').replace(/\n/g, '<br>')).join(' | ')} |`;
  return [line(m[0]!), line(m[0]!.map(() => '---')), ...m.slice(1).map(line)].join('\n');
}
