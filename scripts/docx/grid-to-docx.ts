// Blocks (as any parser gives them) → a .docx written by the `docx` npm package, merged cells as gridSpan/vMerge.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import type { Block, Cell } from '../../src/parse/grid.ts';

type Origin = { r: number; c: number; cell: Cell };

/** A Word table for one grid: each stated cell once, spans as column spans and restart/continue vertical merges. */
export function gridTable(rows: Cell[][]): Table {
  const origins: Origin[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.spanned) origins.push({ r, c, cell });
    }),
  );
  const covering = (r: number, c: number) => origins.find((o) => r >= o.r && r < o.r + o.cell.rowSpan && c >= o.c && c < o.c + o.cell.colSpan);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row, r) => {
      const cells: TableCell[] = [];
      for (let c = 0; c < row.length; c++) {
        const o = covering(r, c);
        if (o && o.c !== c) continue; // inside a column span: written once at its first column
        const colSpan = o?.cell.colSpan ?? 1;
        if (!o) cells.push(new TableCell({ children: [new Paragraph('')] }));
        else if (o.r === r)
          cells.push(
            new TableCell({ children: lines(o.cell.text), columnSpan: colSpan, ...(o.cell.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}) }),
          );
        else cells.push(new TableCell({ children: [new Paragraph('')], columnSpan: colSpan, verticalMerge: VerticalMergeType.CONTINUE }));
      }
      return new TableRow({ children: cells });
    }),
  });
}

/** Cell text as paragraphs; `\n` inside a text becomes a line break within one paragraph. */
export function lines(text: string): Paragraph[] {
  const parts = text.split('\n');
  return [new Paragraph({ children: parts.map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : 0 })) })];
}

/** A whole document: headings and text as paragraphs, tables as tables, in order. */
export async function blocksToDocx(blocks: Block[]): Promise<Buffer> {
  const children = blocks.map((b) =>
    b.kind === 'table' ? gridTable(b.grid.rows) : new Paragraph({ text: b.text, ...(b.kind === 'heading' ? { heading: HeadingLevel.HEADING_2 } : {}) }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
