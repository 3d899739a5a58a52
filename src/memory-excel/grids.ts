// Builds the fake's workbook from the core's SheetGrids (e.g. src/sample/cards.ts), so
// the browser bundle can stage a workbook without exceljs or Node APIs.
import type { SheetGrid } from "../core/types";
import { cellKey, blankCell } from "./model";
import { MemoryWorkbook } from "./workbook";

/** Values land as stored (text stays text); a merge keeps its value in the top-left cell only. */
export function workbookFromGrids(grids: SheetGrid[]): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  for (const grid of grids) {
    const sheet = workbook.addSheet(grid.name);
    const top = grid.originRow ?? 0;
    const left = grid.originCol ?? 0;
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        sheet.cells.set(cellKey(top + r, left + c), { ...blankCell(), value });
      }),
    );
    for (const row of grid.hiddenRows ?? []) sheet.hiddenRows.add(row);
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    for (const m of sheet.merges) {
      for (let row = m.top; row <= m.bottom; row++) {
        for (let col = m.left; col <= m.right; col++) {
          if (row !== m.top || col !== m.left) sheet.cells.delete(cellKey(row, col));
        }
      }
    }
  }
  return workbook;
}
