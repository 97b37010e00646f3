// The synthetic document model every renderer and the gold writer read: what is printed, cell by cell.

export const FORMATS = ['ocr-md', 'mineru-md', 'gfm', 'html-gbk'] as const;
export type Format = (typeof FORMATS)[number];

/** File name endings by format; the lead's ingest sniffs content, the names are for people. */
export const EXTENSION: Record<Format, string> = { 'ocr-md': '.md', 'mineru-md': '.mineru.md', gfm: '.gfm.md', 'html-gbk': '.gbk.html' };

/** A printed formula: operands joined by ops, "=" stated, then its unit (万元) or none (a count). */
export type Formula = {
  operands: number[];
  ops: Array<'×' | '-'>;
  stated: string;
  statedUnit: '万元' | null;
  verdict: 'ok' | 'mismatch';
  /** Renderer's choice of the second syntax (plain text instead of LaTeX/MathML), drawn at generation time. */
  alt: boolean;
};
/** Cell content: text runs and formulas in reading order. */
export type Part = string | Formula;

export type Task = {
  no: number;
  name: string;
  content: Part[];
  /** As printed in the amount column ('' when the cell is missing, damaged digits kept). */
  amount: string;
  /** What a correct reading yields (null when the printed amount is unreadable). */
  goldAmount: number | null;
  /** null: the goal cell is missing from the row (a malformed row). */
  goal: string | null;
  /** Left out of gold (a duplicated number's second row). */
  hiddenFromGold?: boolean;
};

export type Indicator = { no: number; name: string; raw: string; level1: string; level2: string; hiddenFromGold?: boolean };

export type BudgetField = 'basic' | 'project' | 'developmentSpecial' | 'developmentOther' | 'fiscalAppropriation' | 'other';
/** Printed budget cells in 万元; null is an empty cell. */
export type Budget = Record<BudgetField, string | null>;

export type ExpectedFlag = { target: 'task' | 'indicator' | 'budget' | 'formula'; no?: number; why: string };

export type Doc = {
  file: string;
  format: Format;
  year: number;
  title: string;
  department: string;
  staffCount: number;
  subordinateUnits: number;
  budget: Budget;
  overallGoal: string;
  tasks: Task[];
  /** The template's "任务1: ..... 0" row under 其他需完成的任务. */
  placeholder: boolean;
  indicators: Indicator[];
  /** Indicators numbered up to this one have their level labels cut away (OCR only); 0 = none. */
  levelsCutThrough: number;
  /** Page break after this many task rows (0 = none). */
  pageBreakAfter: number;
  /** GFM: merged cells repeated (true) or left blank (false). */
  repeatMerged: boolean;
  flags: ExpectedFlag[];
  /** Targets a defect touches: never listed as clean. */
  dirty: { tasks: Set<number>; indicators: Set<number>; budget: boolean };
};

/** An integer number of 元 written in 万元, exactly (no float rounding). */
export function yuanToWan(yuan: number): string {
  const whole = Math.floor(yuan / 10000);
  const frac = String(yuan % 10000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** An integer number of millionths of 万元 written in 万元, exactly. */
export function microToWan(micro: number): string {
  const whole = Math.floor(micro / 1e6);
  const frac = String(micro % 1e6)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** The formula as it reads in plain text: "322×10×0.1=322". */
export function formulaPlain(f: Formula): string {
  return f.operands.map((o, i) => (i ? f.ops[i - 1] : '') + String(o)).join('') + '=' + f.stated;
}

/** The formula as LaTeX, the way MinerU and the OCR print it: "322 \times 10 \times 0.1=322". */
export function formulaLatex(f: Formula): string {
  return f.operands.map((o, i) => (i ? (f.ops[i - 1] === '×' ? ' \\times ' : '-') : '') + String(o)).join('') + '=' + f.stated;
}

/** The formula as presentation MathML. */
export function formulaMathml(f: Formula): string {
  const mn = (n: number | string) => `<mn>${n}</mn>`;
  return `<math>${f.operands.map((o, i) => (i ? `<mo>${f.ops[i - 1]}</mo>` : '') + mn(o)).join('')}<mo>=</mo>${mn(f.stated)}</math>`;
}

/** The formulas of a task, in order. */
export const formulasOf = (t: Task): Formula[] => t.content.filter((p): p is Formula => typeof p !== 'string');
