// A found table as the plan a pledge carries: every cell with its amount, each block's planned
// (총계) and spent (집행액) figures, the unit kept with them.
import type { GridView } from "../grid";
import type { FoundTable } from "./find";
import type { InvestmentBlock, InvestmentPlan, InvestmentRow } from "./model";
import { rangeA1 } from "../address";
import { snap } from "../rounding";

function rowOf(grid: GridView, found: FoundTable, r: FoundTable["body"]["blocks"][number]["rows"][number]): InvestmentRow {
  const header = found.header!;
  return {
    label: r.label,
    role: r.role.role,
    source: r.role.role === "source" ? r.role.source : null,
    labelCell: grid.address(r.row, header.sourceCol),
    cells: header.columns.map((k, i) => {
      const a = r.amounts[i];
      return { cell: grid.address(r.row, k.col), value: a.kind === "value" ? a.value : null, decimals: a.kind === "value" ? a.decimals : 0 };
    }),
  };
}

function totalOf(row: InvestmentRow | undefined, col: number): number | null {
  return row && col >= 0 ? row.cells[col].value : null;
}

export function toPlan(grid: GridView, found: FoundTable): InvestmentPlan {
  const header = found.header;
  const anchor = found.title ?? (header ? { row: header.headerRow, col: header.sourceCol } : { row: found.firstRow, col: grid.left });
  const columns = header?.columns ?? [];
  const totalCol = columns.findIndex((k) => k.kind === "total");
  const blocks: InvestmentBlock[] = found.body.blocks.map((b) => {
    const rows = b.rows.map((r) => rowOf(grid, found, r));
    const total = rows.find((r) => r.role === "total");
    const sources = rows.filter((r) => r.role === "source");
    const sourceSum = sources.map((r) => totalOf(r, totalCol));
    const planned = total ? totalOf(total, totalCol) : sourceSum.some((v) => v === null) || sources.length === 0 ? null : snap(sourceSum.reduce((s: number, v) => s + (v as number), 0));
    const spentRow = rows.find((r) => r.role === "spent");
    const nameCol = header?.projectCol ?? header?.sourceCol ?? anchor.col;
    return { name: b.name, nameCell: grid.address(b.nameRow, grid.master(b.nameRow, nameCol).col), rows, planned, spent: totalOf(spentRow, totalCol) };
  });
  const sure = found.doubt === null;
  const sum = (pick: (b: InvestmentBlock) => number | null, all: boolean) => {
    const values = blocks.map(pick);
    if (!sure || blocks.length === 0 || (all && values.some((v) => v === null)) || values.every((v) => v === null)) return null;
    return snap(values.reduce((s: number, v) => s + (v ?? 0), 0));
  };
  const right = Math.max(anchor.col, ...columns.map((k) => k.col));
  const left = Math.min(anchor.col, header?.projectCol ?? header?.sourceCol ?? anchor.col);
  return {
    sheet: grid.name,
    anchorCell: grid.address(anchor.row, anchor.col),
    unit: found.unit?.unit ?? null,
    unitCell: found.unit ? grid.address(found.unit.row, found.unit.col) : null,
    columns,
    blocks,
    range: rangeA1(found.firstRow, left, found.lastRow, right),
    doubt: found.doubt,
    planned: sum((b) => b.planned, true),
    spent: sum((b) => b.spent, false),
  };
}
