// Writing a sheet pledge-check owns (the findings sheet, 요약): a table of values from
// A1 in one range, each cell's number format first — text as text, since Excel would
// read "6-3-3" as a date and "3" as a number — and links that jump to a cell.
import { filterA1, titleRowsA1, type PrintLayout } from "../core";
import { sheetCell } from "./address";

export type TableValue = string | number | null;

/**
 * Values from A1, rows padded to `width`; `formatOf` gives each cell's number format,
 * or null to leave a cell's format alone (Office ignores null in the array).
 */
export function writeTable(sheet: Excel.Worksheet, rows: TableValue[][], width: number, formatOf: (value: TableValue, row: number, col: number) => string | null): Excel.Range {
  const table = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const range = sheet.getRangeByIndexes(0, 0, table.length, width);
  range.numberFormat = table.map((row, r) => row.map((v, c) => formatOf(v, r, c)));
  range.values = table.map((row) => row.map((v) => v ?? ""));
  return range;
}

/** Text or a number: text cells as text (`@`). */
export function plainFormat(value: TableValue): string {
  return typeof value === "number" ? "General" : "@";
}

/** Makes the cell a link to another sheet's cell, showing `shown`. */
export function linkTo(range: Excel.Range, sheet: string, cell: string, shown: string): void {
  range.hyperlink = { documentReference: sheetCell(sheet, cell), textToDisplay: shown, screenTip: `${sheet} 시트의 ${cell} 셀로 이동` };
}

/**
 * The core's print layout (landscape, one page wide, title rows on every page, filter
 * buttons on the header). worksheet.pageLayout and autoFilter need ExcelApi 1.9; below
 * it the sheet keeps Excel's defaults.
 */
export function applyPrintLayout(sheet: Excel.Worksheet, layout: PrintLayout, supported: boolean): void {
  if (!supported) return;
  sheet.pageLayout.orientation = "Landscape";
  sheet.pageLayout.zoom = { horizontalFitToPages: layout.pagesWide, verticalFitToPages: layout.pagesTall };
  sheet.pageLayout.setPrintTitleRows(titleRowsA1(layout));
  const filter = filterA1(layout);
  if (filter) sheet.autoFilter.apply(sheet.getRange(filter));
}
