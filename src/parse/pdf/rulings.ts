// Ruling lines (table borders) from a page's operator list: stroked segments and thin filled rectangles.
import type { Ruling } from './page-content.ts';

type Matrix = [number, number, number, number, number, number];
type Ops = Record<string, number>;

/** Thicker than this, a filled rectangle is a shaded area, not a drawn line. */
const MAX_LINE_THICKNESS = 3;
/** How far off axis a segment may be and still count as horizontal or vertical. */
const AXIS_TOLERANCE = 0.5;

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Walk the operator list keeping the transformation matrix, and collect axis-aligned lines in top-left page space. */
export function rulingsFromOperators(fnArray: number[], argsArray: unknown[][], OPS: Ops, viewport: Matrix): Ruling[] {
  const out: Ruling[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const stroke = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fill = new Set([OPS.fill, OPS.eoFill]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(Array.from(args[0] as number[]) as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const buffer = (args[1] as (Float32Array | null)[])[0];
      if (!buffer || !(stroke.has(paint) || fill.has(paint))) continue;
      const toPage = multiply(ctm, viewport);
      for (const path of subpaths(buffer)) {
        const pts = path.points.map(([x, y]) => apply(toPage, x, y));
        if (stroke.has(paint)) out.push(...segments(pts, path.closed));
        else {
          const line = thinRectangle(pts);
          if (line) out.push(line);
        }
      }
    }
  }
  return out;
}

type Subpath = { points: [number, number][]; closed: boolean };

/** Split pdfjs's path buffer (draw codes 0 moveTo, 1 lineTo, 2 curveTo, 3 quadratic, 4 close) into subpaths. */
function subpaths(buf: Float32Array): Subpath[] {
  const out: Subpath[] = [];
  let cur: Subpath | undefined;
  for (let k = 0; k < buf.length; ) {
    const op = buf[k++];
    if (op === 0) {
      cur = { points: [[buf[k]!, buf[k + 1]!]], closed: false };
      out.push(cur);
      k += 2;
    } else if (op === 1) {
      cur?.points.push([buf[k]!, buf[k + 1]!]);
      k += 2;
    } else if (op === 2) {
      cur = undefined; // a curve is never a table border
      k += 6;
    } else if (op === 3) {
      cur = undefined;
      k += 4;
    } else if (op === 4) {
      if (cur) cur.closed = true;
    } else break;
  }
  return out.filter((p) => p.points.length > 1);
}

function segments(pts: [number, number][], closed: boolean): Ruling[] {
  const out: Ruling[] = [];
  const ring = closed ? [...pts, pts[0]!] : pts;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    if (Math.abs(y0 - y1) <= AXIS_TOLERANCE && Math.abs(x0 - x1) > AXIS_TOLERANCE)
      out.push({ x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
    else if (Math.abs(x0 - x1) <= AXIS_TOLERANCE && Math.abs(y0 - y1) > AXIS_TOLERANCE)
      out.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0: Math.min(y0, y1), y1: Math.max(y0, y1) });
  }
  return out;
}

/** A filled rectangle no thicker than a line is drawn as one (many exporters draw borders that way). */
function thinRectangle(pts: [number, number][]): Ruling | undefined {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= MAX_LINE_THICKNESS && w > h) return { x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 };
  if (w <= MAX_LINE_THICKNESS && h > w) return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 };
  return undefined;
}
