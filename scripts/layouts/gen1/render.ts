// Generator 1: a Doc → HTML page (UTF-8) and markdown (GFM pipe table or MinerU-style HTML table in markdown).
import { Rng } from '../rng.ts';
import type { Doc, Layout } from '../model.ts';
import { Grid, tableGfm, tableHtml } from './grid.ts';
import { layoutA, layoutB, layoutC, layoutD } from './layouts-dept.ts';
import { layoutE, layoutF, layoutG, layoutH, layoutI } from './layouts-proj.ts';

const BUILD: Record<Layout, (d: Doc, r: Rng) => Grid> = {
  A: layoutA,
  B: layoutB,
  C: layoutC,
  D: layoutD,
  E: layoutE,
  F: layoutF,
  G: layoutG,
  H: layoutH,
  I: layoutI,
};

/** The grid of a document (deterministic in the doc's seed). */
export function gridOf(doc: Doc): Grid {
  return BUILD[doc.layout](doc, new Rng(doc.seed ^ 0x51ed));
}

const STYLE = '<style>table{border-collapse:collapse;font-size:10pt}td,th{border:1px solid #000;padding:3px}</style>';

/** A whole HTML page holding one or more titled tables. */
export function htmlPage(parts: { title: string; grid: Grid; unit?: boolean }[], pageTitle: string): string {
  const body = parts
    .map((p) => `<h3 style="text-align:center">${p.title}</h3>\n${p.unit ? '<p style="text-align:right">单位:万元</p>\n' : ''}${tableHtml(p.grid, true)}`)
    .join('\n<p style="page-break-before:always"></p>\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${pageTitle}</title>${STYLE}</head><body>\n${body}\n</body></html>\n`;
}

/** The document as an HTML page. */
export function renderHtml(doc: Doc): string {
  const r = new Rng(doc.seed ^ 0x77);
  return htmlPage([{ title: doc.title, grid: gridOf(doc), unit: r.chance(0.5) }], doc.title);
}

/** The document as markdown; style gfm-blank/-levels/-all says which merged cells repeat, mineru embeds the HTML table. */
export function renderMd(doc: Doc): { md: string; style: string } {
  const r = new Rng(doc.seed ^ 0x99);
  const style = r.chance(0.5) ? 'gfm' : 'mineru';
  const mode = r.pick(['blank', 'levels', 'all'] as const);
  const table = style === 'gfm' ? tableGfm(gridOf(doc), mode) : tableHtml(gridOf(doc), false);
  return { md: `# ${doc.title}\n\n${table}\n`, style: style === 'gfm' ? `gfm-${mode}` : style };
}

/** A table that is not a target table (部门收支总表): a 部门预算 disclosure starts with it. */
export function incomeTable(r: Rng): Grid {
  const g = new Grid(4);
  g.add({ t: '收入', cs: 2, th: true }, { t: '支出', cs: 2, th: true });
  g.add('项目', '预算数', '项目', '预算数');
  for (const [a, b] of [
    ['一般公共预算拨款收入', '一般公共服务支出'],
    ['政府性基金预算拨款收入', '教育支出'],
    ['事业收入', '社会保障和就业支出'],
  ])
    g.add(a!, String(r.int(10, 900)), b!, String(r.int(10, 900)));
  return g;
}
