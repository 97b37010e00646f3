// OCR markdown in the seed's style: tab-separated rows, runs of tabs for empty cells, wrap spaces inside
// Chinese words, some full-width punctuation, a page-break heading mid-table, level labels cut from rows.
import { Rng } from './rng.ts';
import { type Doc, type Formula, type Indicator, type Part, type Task, formulaLatex, formulaPlain } from './model.ts';
import { TASKS_LABEL } from './rows.ts';

const HAN_PAIR = /([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/gu;
const OTHER_LABEL_OCR = '其他需完成的任务 (可选填)';
const FOOTER = '备注: 1. 本表的填报主体是县级一级预算单位。\n\n2. 本表在“三上”环节通过系统录入,具体字段信息以系统为准。\n';

/** A stable per-document random source, so the OCR noise does not depend on other documents. */
const noiseFor = (doc: Doc) => new Rng([...doc.file].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), 2166136261));

/** Text with the OCR's line-wrap spaces dropped between some pairs of Chinese characters. */
function wrap(rng: Rng, s: string, rate: number): string {
  return s.replace(HAN_PAIR, (m) => (rng.chance(rate) ? `${m} ` : m));
}

const ocrFormula = (f: Formula) => (f.alt ? formulaPlain(f) : ` $${formulaLatex(f)}$ `);
const htmlFormula = (f: Formula) => `  <math>${formulaLatex(f).replace('=', ' = ')}</math>`;

function taskLine(rng: Rng, t: Task, afterBreak: boolean, rate: number): string {
  const colon = rng.chance(0.2) ? '：' : ': ';
  const name = rng.chance(0.3) ? t.name.replace(/\(/g, '（').replace(/\)/g, '）') : t.name;
  const asHtml = afterBreak && rng.chance(0.15);
  const text = (parts: Part[]) => parts.map((p) => (typeof p === 'string' ? wrap(rng, p, rate) : asHtml ? htmlFormula(p) : ocrFormula(p))).join('');
  const cells = [`任务${t.no}${colon}${wrap(rng, name, rate / 2)}`, text(t.content), t.amount];
  if (t.goal !== null) cells.push(wrap(rng, t.goal, rate));
  const line = (asHtml ? cells.map((x, i) => (i === 2 ? x : `<p>${x}</p>`)) : cells).join('\t');
  return afterBreak ? line : `\t${line}`;
}

function indicatorLines(rng: Rng, doc: Doc): string[] {
  const xs = doc.indicators;
  const item = (x: Indicator) => `指标${x.no}: ${wrap(rng, x.name, 0.05)}\t${x.raw}`;
  const out: string[] = [];
  const cut = xs.filter((x) => x.no <= doc.levelsCutThrough);
  if (cut.length) {
    out.push(`\t\t${item(cut[0]!)}`, '');
    const labels = ['绩效指标', ...new Set(cut.flatMap((x) => [x.level1, x.level2]))];
    for (const l of labels) out.push(l, '');
    for (const x of cut.slice(1)) out.push(item(x));
    out.push('');
  }
  xs.slice(cut.length).forEach((x, i, rest) => {
    const prev = i ? rest[i - 1] : undefined;
    const l1 = !prev || prev.level1 !== x.level1 ? x.level1 : '';
    const l2 = !prev || l1 || prev.level2 !== x.level2 ? wrap(rng, x.level2, 0.3) : '';
    out.push(`${l1}\t${l2}\t${item(x)}\t`);
  });
  return out;
}

/** The document as OCR markdown text. */
export function renderOcr(doc: Doc): string {
  const rng = noiseFor(doc);
  const rate = rng.pick([0, 0.02, 0.06]);
  const b = doc.budget;
  const v = (s: string | null) => s ?? '';
  const out = [
    '',
    '',
    `## ${doc.title}`,
    '',
    `部门名称\t${doc.department}\t\t\t`,
    `基本信息\t财政供养人员数\t${doc.staffCount}\t下属二级单位数\t${doc.subordinateUnits}`,
    '预算整体情况\t部门预算支出\t预算金额(万元)\t收入来源\t预算金额(万元)',
    `\t基本支出\t${v(b.basic)}\t财政拨款\t${v(b.fiscalAppropriation)}`,
    `\t项目支出\t${v(b.project)}\t其他资金\t${v(b.other)}`,
    '\t事业发展性支出\t预算金额(万元)\t\t',
    `\t财政专项资金\t${v(b.developmentSpecial)}\t\t`,
    `\t其他事业发展性支出\t${v(b.developmentOther)}\t\t`,
    `总体绩效目标\t${wrap(rng, doc.overallGoal, rate)}\t\t\t`,
    '\t名称\t主要实施内容\t拟投入的资金(万元)\t期望达到的目标(概述)',
  ];
  doc.tasks.forEach((t, i) => {
    const afterBreak = doc.pageBreakAfter > 0 && i >= doc.pageBreakAfter;
    if (doc.pageBreakAfter > 0 && i === doc.pageBreakAfter) out.push('', `## ${TASKS_LABEL}`, '');
    else if (i > 0 && rng.chance(0.08)) out.push('');
    out.push(taskLine(rng, t, afterBreak, rate));
  });
  out.push(...(doc.placeholder ? [`${OTHER_LABEL_OCR}\t任务1: .....\t0\t`, '\t\t0\t'] : [`${OTHER_LABEL_OCR}\t\t\t`]));
  out.push('\t一级指标\t二级指标\t三级指标', '\t\t\t指标值', ...indicatorLines(rng, doc), '', FOOTER);
  return out.join('\n');
}
