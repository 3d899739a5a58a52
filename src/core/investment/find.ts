// Finding 연도별 투자 계획 tables between two rows, by what their cells say: a 재원 heading
// (under a `< 연도별 투자 계획 >` title or not) wherever it stands, below the indicator table,
// on the printed card above it, or on a sheet of its own. A title with no heading under it is
// a table we could not read, and says so.
import type { GridView } from "../grid";
import { readInvestmentHeader, sourceHeadingCol, type InvestmentHeader } from "./header";
import { readInvestmentBody, type Body } from "./body";
import { cellText } from "../text";
import { isInvestmentTitle, moneyUnitOf } from "../rules";

export interface FoundTable {
  title: { row: number; col: number } | null;
  header: InvestmentHeader | null;
  body: Body;
  unit: { unit: string; row: number; col: number } | null;
  firstRow: number;
  lastRow: number;
  doubt: string | null;
}

/** Rows a heading may stand below its title (the unit line and blank rows between). */
const TITLE_REACH = 6;

function titleCell(grid: GridView, row: number): { row: number; col: number } | null {
  for (const c of grid.columnsWithValues(row)) {
    const v = grid.raw(row, c);
    if (typeof v === "string" && isInvestmentTitle(v)) return { row, col: c };
  }
  return null;
}

function unitBetween(grid: GridView, from: number, to: number): FoundTable["unit"] {
  for (let r = to; r >= from; r--) {
    for (const c of grid.columnsWithValues(r)) {
      const unit = moneyUnitOf(cellText(grid.raw(r, c)));
      if (unit) return { unit, row: r, col: c };
    }
  }
  return null;
}

export function findInvestmentTables(grid: GridView, from: number, to: number): FoundTable[] {
  const found: FoundTable[] = [];
  let title: { row: number; col: number } | null = null;
  let after = from; // the unit line is looked for from here: never in the previous table
  for (let r = from; r <= to; r++) {
    const sourceCol = sourceHeadingCol(grid, r);
    if (sourceCol === null) {
      const t = titleCell(grid, r);
      if (t) {
        if (title) found.push(headless(title));
        title = t;
      } else if (title && r - title.row > TITLE_REACH) {
        found.push(headless(title));
        title = null;
      }
      continue;
    }
    const header = readInvestmentHeader(grid, r, sourceCol);
    const body = readInvestmentBody(grid, header, to);
    const unknownUsed = header.unknown.filter((u) => body.blocks.some((b) => b.rows.some((x) => cellText(grid.raw(x.row, u.col)) !== "")));
    const doubts = [
      header.doubt,
      ...unknownUsed.map((u) => (u.text === "" ? "머리글 없는 열" : `'${u.text}' 열`)),
      ...body.doubts,
      body.blocks.length === 0 ? "재원별 행을 찾지 못함" : null,
      ...body.blocks.filter((b) => !b.rows.some((x) => x.role.role === "source")).map((b) => `'${b.name || "사업"}'에 재원 행이 없음`),
    ].filter((d): d is string => d !== null);
    const top = title?.row ?? Math.max(after, r - TITLE_REACH);
    found.push({
      title,
      header,
      body,
      unit: unitBetween(grid, top, r),
      firstRow: title?.row ?? r,
      lastRow: Math.max(body.lastRow, header.subHeaderRow ?? r),
      doubt: doubts.length > 0 ? doubts.join(", ") : null,
    });
    title = null;
    r = found[found.length - 1].lastRow;
    after = r + 1;
  }
  if (title) found.push(headless(title));
  return found;
}

function headless(title: { row: number; col: number }): FoundTable {
  return { title, header: null, body: { blocks: [], lastRow: title.row, doubts: [] }, unit: null, firstRow: title.row, lastRow: title.row, doubt: "표 머리글(재원·총계)을 찾지 못함" };
}
