// Builds the fake's workbook from the core's SheetGrids (e.g. src/sample/cards.ts), so
// the browser bundle can stage a workbook without exceljs or Node APIs.
import type { SheetGrid } from "../core/types";
import { cellKey, blankCell, GENERAL, type Visibility } from "./model";
import { MemoryWorkbook } from "./workbook";

const VISIBILITY: Record<NonNullable<SheetGrid["visibility"]>, Visibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

/**
 * Values and number formats land as stored (text stays text, an error as its text, as
 * Range.values gives it); a merge keeps its value in the top-left cell only.
 */
export function workbookFromGrids(grids: SheetGrid[]): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  for (const grid of grids) {
    const sheet = workbook.addSheet(grid.name);
    const top = grid.originRow ?? 0;
    const left = grid.originCol ?? 0;
    sheet.visibility = VISIBILITY[grid.visibility ?? "visible"];
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        sheet.cells.set(cellKey(top + r, left + c), { ...blankCell(), value: typeof value === "object" ? value.error : value });
      }),
    );
    grid.formats?.forEach((row, r) =>
      row.forEach((format, c) => {
        if (!format || format === GENERAL) return;
        const key = cellKey(top + r, left + c);
        sheet.cells.set(key, { ...(sheet.cells.get(key) ?? blankCell()), numberFormat: format });
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
