// Writes a SheetGrid into an exceljs worksheet: values at their addresses, merged areas
// merged (value in the top-left cell), columns wide enough for what they hold.
// Used by the sample workbook script and by the tests that build workbooks.
import type ExcelJS from "exceljs";
import type { MergedArea, SheetGrid } from "../core";
import { columnWidth } from "./width";

export function addGridSheet(workbook: ExcelJS.Workbook, grid: SheetGrid): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(grid.name);
  const top = grid.originRow ?? 0;
  const left = grid.originCol ?? 0;
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      sheet.getCell(top + r + 1, left + c + 1).value = typeof value === "object" ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
    });
  });
  grid.formats?.forEach((row, r) => {
    row.forEach((format, c) => {
      if (format) sheet.getCell(top + r + 1, left + c + 1).numFmt = format;
    });
  });
  if (grid.visibility && grid.visibility !== "visible") sheet.state = grid.visibility;
  for (const m of grid.merges) {
    sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    sheet.getCell(m.top + 1, m.left + 1).alignment = { vertical: "middle", wrapText: true };
  }
  fitColumns(sheet, grid);
  return sheet;
}

/** Widths from the cells of each column, leaving out areas merged across columns (titles). */
function fitColumns(sheet: ExcelJS.Worksheet, grid: SheetGrid): void {
  const wide = grid.merges.filter((m) => m.right > m.left);
  const inWide = (r: number, c: number) => wide.some((m: MergedArea) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  const texts: string[][] = [];
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || inWide(r, c)) return;
      (texts[c] ??= []).push(typeof value === "object" ? value.error : String(value));
    });
  });
  texts.forEach((column, c) => {
    if (column) sheet.getColumn((grid.originCol ?? 0) + c + 1).width = columnWidth(column, 8, 40);
  });
}
