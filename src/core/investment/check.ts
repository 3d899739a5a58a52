// The checks of a 연도별 투자 계획, each a finding on the exact cell with expected and found.
// A typo breaks a row sum and a column sum at once: it is reported once, at the cell both
// broken sums share, naming them, instead of painting every total red. A table we could not
// read gets one warning and no verdict.
import type { FindingList } from "../findings";
import type { InvestmentBlock, InvestmentColumn, InvestmentPlan, InvestmentRow } from "./model";
import { equations, evaluate, expectedAt, type Evaluated, type Ref } from "./sums";
import { scaled } from "./amount";
import { compact } from "../text";

const projectName = (b: InvestmentBlock) => b.name || "사업명 없음";

function subject(block: InvestmentBlock, row: InvestmentRow, column: InvestmentColumn): string {
  return `${compact(block.name)}/${compact(row.label)}/${column.label}`;
}

function describeSum(block: InvestmentBlock, columns: InvestmentColumn[], eq: Evaluated): string {
  const row = block.rows[eq.result.row];
  if (eq.kind === "column") return `${columns[eq.result.col].label} 열의 재원별 합인 '${row.label}'`;
  const labels = eq.operands.map((r) => columns[r.col].label);
  const parts = eq.kind === "rowSubtotal" && labels.length > 2 ? `${labels[0]}~${labels[labels.length - 1]}` : labels.join(" + ");
  return `'${row.label}' 행의 ${parts} 합인 ${columns[eq.result.col].label}`;
}

function parts(block: InvestmentBlock, columns: InvestmentColumn[], eq: Evaluated): string {
  return eq.operands
    .map((r) => (eq.kind === "column" ? `${block.rows[r.row].label} ${block.rows[r.row].cells[r.col].value}` : `${columns[r.col].label} ${block.rows[r.row].cells[r.col].value}`))
    .join(" + ");
}

const refKey = (r: Ref) => `${r.row}:${r.col}`;

function checkBlock(plan: InvestmentPlan, block: InvestmentBlock, asOf: string | null, findings: FindingList): void {
  const { columns } = plan;
  const project = projectName(block);
  const at = (ref: Ref) => {
    const row = block.rows[ref.row];
    return { cell: row.cells[ref.col].cell, role: "investment" as const, period: subject(block, row, columns[ref.col]) };
  };
  // Cells that cannot be read: reported, and the sums they are in are left unjudged.
  block.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (cell.value !== null) return;
      findings.add("INVESTMENT_UNREADABLE_CELL", at({ row: r, col: c }), { project, row: row.label, column: columns[c].label });
    }),
  );
  const broken = equations(block, columns).map((eq) => evaluate(block, eq)).filter((e) => e.broken);
  const open = new Set(broken);
  // One cell shared by several broken sums that all want the same value there: the typo.
  const shared = new Map<string, { ref: Ref; sums: Evaluated[] }>();
  for (const eq of broken) {
    for (const ref of [eq.result, ...eq.operands]) {
      const entry = shared.get(refKey(ref)) ?? { ref, sums: [] };
      entry.sums.push(eq);
      shared.set(refKey(ref), entry);
    }
  }
  const candidates = [...shared.values()].filter((e) => e.sums.length > 1).sort((a, b) => b.sums.length - a.sums.length || a.ref.row - b.ref.row || a.ref.col - b.ref.col);
  for (const { ref, sums } of candidates) {
    const live = sums.filter((s) => open.has(s));
    if (live.length < 2) continue;
    const d = Math.max(...live.map((s) => s.decimals));
    const wanted = live.map((s) => expectedAt(block, s, ref));
    if (!wanted.every((w) => scaled(w, d) === scaled(wanted[0], d))) continue;
    const row = block.rows[ref.row];
    findings.add(
      "INVESTMENT_CELL_MISMATCH",
      at(ref),
      { project, row: row.label, column: columns[ref.col].label, sums: live.map((s) => describeSum(block, columns, s)), expected: wanted[0], found: row.cells[ref.col].value as number },
      { expected: wanted[0], found: row.cells[ref.col].value },
    );
    for (const s of live) open.delete(s);
  }
  for (const eq of broken) {
    if (!open.has(eq)) continue;
    const row = block.rows[eq.result.row];
    const column = columns[eq.result.col].label;
    const values = { expected: eq.sum, found: eq.found };
    const p = { project, row: row.label, column, parts: parts(block, columns, eq), expected: eq.sum as number, found: eq.found as number };
    if (eq.kind === "column") findings.add("INVESTMENT_TOTAL_ROW_MISMATCH", at(eq.result), p, values);
    else findings.add("INVESTMENT_ROW_SUM_MISMATCH", at(eq.result), p, values);
  }
  checkSpent(plan, block, asOf, findings, at);
}

function checkSpent(plan: InvestmentPlan, block: InvestmentBlock, asOf: string | null, findings: FindingList, at: (ref: Ref) => { cell: string; role: "investment"; period: string }): void {
  const spentRow = block.rows.findIndex((r) => r.role === "spent");
  if (spentRow < 0) return;
  const { columns } = plan;
  const spent = block.rows[spentRow];
  const total = columns.findIndex((k) => k.kind === "total");
  const project = projectName(block);
  if (total >= 0 && block.planned !== null && spent.cells[total].value !== null) {
    const d = Math.max(spent.cells[total].decimals, 6);
    if (scaled(spent.cells[total].value as number, d) > scaled(block.planned, d)) {
      findings.add("INVESTMENT_SPENT_OVER_PLAN", at({ row: spentRow, col: total }), { project, spent: spent.cells[total].value as number, planned: block.planned, unit: plan.unit }, { expected: block.planned, found: spent.cells[total].value });
    }
  }
  if (asOf === null) return;
  const year = +asOf.slice(0, 4);
  const lastYear = Math.max(-Infinity, ...columns.filter((k) => k.kind === "year").map((k) => k.year as number));
  columns.forEach((k, c) => {
    const value = spent.cells[c].value;
    if (value === null || value === 0) return;
    // 임기후 is after the term's last year; a year column ends with its year.
    const after = k.kind === "year" ? (k.year as number) > year : k.kind === "after" && Number.isFinite(lastYear) && lastYear >= year;
    if (after) findings.add("INVESTMENT_SPENT_AFTER_AS_OF", at({ row: spentRow, col: c }), { project, asOf, column: k.label, amount: value }, { expected: 0, found: value });
  });
}

/** Every check of one table; a table we could not read gets its one warning and nothing else. */
export function checkInvestment(plan: InvestmentPlan, asOf: string | null, findings: FindingList): void {
  if (plan.doubt !== null) {
    findings.add("INVESTMENT_READING_UNCERTAIN", { cell: plan.anchorCell, role: "investment", period: plan.anchorCell }, { what: plan.doubt });
    return;
  }
  if (plan.unit === null) findings.add("INVESTMENT_UNIT_MISSING", { cell: plan.anchorCell, role: "investment", period: plan.anchorCell }, {});
  for (const block of plan.blocks) checkBlock(plan, block, asOf, findings);
}
