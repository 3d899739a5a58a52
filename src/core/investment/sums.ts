// The arithmetic of a 사업's rows, as equations between cells: in every row 총계 = 기 투자 +
// 소계 + 임기후 and 소계 = the years; in every column the total row = the sources. Compared
// exactly at the decimals the cells show (scaled to whole numbers), never in binary floating point.
import type { InvestmentBlock, InvestmentColumn } from "./model";
import { scaled, unscaled } from "./amount";

/** A cell of the block: row index in `block.rows`, column index in the plan's columns. */
export interface Ref {
  row: number;
  col: number;
}

export interface Equation {
  kind: "rowTotal" | "rowSubtotal" | "column";
  result: Ref;
  operands: Ref[];
}

export interface Evaluated extends Equation {
  /** The operands' sum and the written result, at `decimals`; null when a cell cannot be read. */
  sum: number | null;
  found: number | null;
  decimals: number;
  broken: boolean;
}

export function equations(block: InvestmentBlock, columns: InvestmentColumn[]): Equation[] {
  const at = (kind: InvestmentColumn["kind"]) => columns.findIndex((k) => k.kind === kind);
  const total = at("total");
  const before = at("before");
  const subtotal = at("subtotal");
  const after = at("after");
  const years = columns.flatMap((k, i) => (k.kind === "year" ? [i] : []));
  const out: Equation[] = [];
  block.rows.forEach((_, r) => {
    const inTerm = subtotal >= 0 ? [subtotal] : years;
    const parts = [before, ...inTerm, after].filter((c) => c >= 0);
    if (total >= 0 && parts.length > 0) out.push({ kind: "rowTotal", result: { row: r, col: total }, operands: parts.map((col) => ({ row: r, col })) });
    if (subtotal >= 0 && years.length > 0) out.push({ kind: "rowSubtotal", result: { row: r, col: subtotal }, operands: years.map((col) => ({ row: r, col })) });
  });
  const totalRow = block.rows.findIndex((x) => x.role === "total");
  const sources = block.rows.flatMap((x, i) => (x.role === "source" ? [i] : []));
  if (totalRow >= 0 && sources.length > 0) {
    columns.forEach((_, col) => out.push({ kind: "column", result: { row: totalRow, col }, operands: sources.map((row) => ({ row, col })) }));
  }
  return out;
}

export function evaluate(block: InvestmentBlock, eq: Equation): Evaluated {
  const cellAt = (ref: Ref) => block.rows[ref.row].cells[ref.col];
  const result = cellAt(eq.result);
  let decimals = result.decimals;
  let readable = result.value !== null;
  for (const ref of eq.operands) {
    const c = cellAt(ref);
    if (c.decimals > decimals) decimals = c.decimals;
    if (c.value === null) readable = false;
  }
  if (!readable) return { ...eq, sum: null, found: null, decimals, broken: false };
  let sum = 0;
  for (const ref of eq.operands) sum += scaled(cellAt(ref).value as number, decimals);
  const found = scaled(result.value as number, decimals);
  const broken = sum !== found;
  return { kind: eq.kind, result: eq.result, operands: eq.operands, sum: broken ? unscaled(sum, decimals) : sum / 10 ** decimals, found: broken ? unscaled(found, decimals) : found / 10 ** decimals, decimals, broken };
}

export const sameRef = (a: Ref, b: Ref): boolean => a.row === b.row && a.col === b.col;

/** The value this cell would need for the equation to hold. */
export function expectedAt(block: InvestmentBlock, eq: Evaluated, ref: Ref): number {
  const d = eq.decimals;
  if (sameRef(eq.result, ref)) return eq.sum as number;
  const own = scaled(block.rows[ref.row].cells[ref.col].value as number, d);
  return unscaled(own + scaled(eq.found as number, d) - scaled(eq.sum as number, d), d);
}
