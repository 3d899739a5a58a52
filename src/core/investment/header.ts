// The heading of a 연도별 투자 계획: the 재원 column, the 사업 column left of it, and each money
// column by what its heading says (one row, or 임기내 over 소계 and the years in a second row).
import type { GridView } from "../grid";
import type { InvestmentColumn } from "./model";
import { cellText } from "../text";
import { investmentColumnRole, investmentRowRole, isSourceHeading } from "../rules";

export interface InvestmentHeader {
  headerRow: number;
  subHeaderRow: number | null;
  sourceCol: number;
  projectCol: number | null;
  columns: InvestmentColumn[];
  /** Columns with a heading nobody could read, or none: any amount under them makes the reading unsure. */
  unknown: { col: number; text: string }[];
  doubt: string | null;
}

const LABELS: Record<InvestmentColumn["kind"], string> = { total: "총계", before: "기 투자", subtotal: "소계", year: "", after: "임기후" };

/** The 재원 heading's column in this row, or null. */
export function sourceHeadingCol(grid: GridView, row: number): number | null {
  for (const c of grid.columnsWithValues(row)) {
    const v = grid.raw(row, c);
    if (typeof v === "string" && isSourceHeading(v)) return c;
  }
  return null;
}

function isSubHeader(grid: GridView, row: number, sourceCol: number): boolean {
  if (!grid.contains(row, sourceCol)) return false;
  if (investmentRowRole(cellText(grid.shown(row, sourceCol)))) return false;
  return grid.columnsWithValues(row).some((c) => {
    if (c <= sourceCol) return false;
    const kind = investmentColumnRole("", cellText(grid.raw(row, c)))?.role;
    return kind === "subtotal" || kind === "year";
  });
}

export function readInvestmentHeader(grid: GridView, headerRow: number, sourceCol: number): InvestmentHeader {
  const subHeaderRow = isSubHeader(grid, headerRow + 1, sourceCol) ? headerRow + 1 : null;
  const left = grid.master(headerRow, sourceCol).col - 1;
  const projectCol = left >= grid.left ? grid.master(headerRow, left).col : null;
  const rows = subHeaderRow === null ? [headerRow] : [headerRow, subHeaderRow];
  const last = Math.max(sourceCol, ...rows.map((r) => grid.columnsWithValues(r).at(-1) ?? sourceCol));
  const columns: InvestmentColumn[] = [];
  const unknown: InvestmentHeader["unknown"] = [];
  const doubts: string[] = [];
  for (let c = grid.nextColumn(headerRow, sourceCol); c <= last; c++) {
    const top = cellText(grid.shown(headerRow, c));
    const sub = subHeaderRow === null ? "" : cellText(grid.shown(subHeaderRow, c));
    // A heading merged across columns names one column: the rest of its area is no column of its own.
    const mergedOn = sub !== "" ? grid.master(subHeaderRow as number, c).col !== c : grid.master(headerRow, c).col !== c;
    if (mergedOn) continue;
    if (top === "" && sub === "") {
      unknown.push({ col: c, text: "" });
      continue;
    }
    const role = investmentColumnRole(top, sub);
    if (role === null || role.role === "term") {
      unknown.push({ col: c, text: sub || top });
      continue;
    }
    const label = role.role === "year" ? String(role.year) : LABELS[role.role];
    if (columns.some((k) => k.label === label)) doubts.push(`'${label}' 열이 두 번 있음`);
    columns.push({ col: c, kind: role.role, year: role.role === "year" ? role.year : null, label });
  }
  if (!columns.some((k) => k.kind === "total") && !columns.some((k) => k.kind === "year")) doubts.push("총계 열도 연도 열도 찾지 못함");
  const years = columns.filter((k) => k.kind === "year").map((k) => k.year as number);
  if (years.some((y, i) => i > 0 && y <= years[i - 1])) doubts.push("연도 열이 차례대로가 아님");
  return { headerRow, subHeaderRow, sourceCol, projectCol, columns, unknown, doubt: doubts.length > 0 ? doubts.join(", ") : null };
}
