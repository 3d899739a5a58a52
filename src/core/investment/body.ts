// The rows under the heading: one block per 사업 (its name in the first column, usually merged
// down the block), each row known by its 재원 word. A block ends where the next 사업 is named
// or a row word comes again; the table ends at a row that is none of these.
import type { GridView } from "../grid";
import type { InvestmentHeader } from "./header";
import { readAmount, type Amount } from "./amount";
import { cellText, compact } from "../text";
import { investmentRowRole, type InvestmentRowRole } from "../rules";

export interface BodyRow {
  row: number;
  label: string;
  role: InvestmentRowRole;
  /** By header column. */
  amounts: Amount[];
}

export interface BodyBlock {
  name: string;
  nameRow: number;
  rows: BodyRow[];
}

export interface Body {
  blocks: BodyBlock[];
  lastRow: number;
  doubts: string[];
}

function roleKey(role: InvestmentRowRole): string {
  return role.role === "source" ? `source:${role.source}` : role.role;
}

/** True when some money column of this row holds something. */
function hasAmounts(grid: GridView, row: number, header: InvestmentHeader): boolean {
  return header.columns.some((k) => cellText(grid.raw(row, k.col)) !== "");
}

function isBlank(grid: GridView, row: number, from: number): boolean {
  return grid.columnsWithValues(row).every((c) => c < from || cellText(grid.raw(row, c)) === "");
}

export function readInvestmentBody(grid: GridView, header: InvestmentHeader, to: number): Body {
  const blocks: BodyBlock[] = [];
  const doubts: string[] = [];
  const first = (header.subHeaderRow ?? header.headerRow) + 1;
  const leftmost = header.projectCol ?? header.sourceCol;
  let lastRow = first - 1;
  let current: BodyBlock | null = null;
  for (let r = first; r <= to; r++) {
    const label = cellText(grid.shown(r, header.sourceCol));
    const role = investmentRowRole(label);
    if (!role) {
      // One blank row may part two 사업; two end the table.
      if (isBlank(grid, r, leftmost)) {
        if (r + 1 <= to && investmentRowRole(cellText(grid.shown(r + 1, header.sourceCol)))) continue;
        break;
      }
      // A row with money in it that names no known 재원 is part of the table we cannot read.
      if (hasAmounts(grid, r, header)) {
        doubts.push(`재원 '${label || "(빈칸)"}' 행`);
        lastRow = r;
        continue;
      }
      break;
    }
    const nameAt = header.projectCol === null ? null : grid.master(r, header.projectCol);
    const name = nameAt === null ? "" : cellText(grid.raw(nameAt.row, nameAt.col));
    const startsName = nameAt !== null && nameAt.row === r && name !== "";
    const repeated = current?.rows.some((x) => roleKey(x.role) === roleKey(role)) ?? false;
    if (current === null || repeated || (startsName && compact(name) !== compact(current.name))) {
      current = { name: startsName || current === null ? name : "", nameRow: r, rows: [] };
      blocks.push(current);
    }
    current.rows.push({ row: r, label, role, amounts: header.columns.map((k) => readAmount(grid.raw(r, k.col))) });
    lastRow = r;
  }
  return { blocks, lastRow, doubts };
}
