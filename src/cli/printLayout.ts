// The core's print layout on an exceljs sheet (요약.xlsx and the 검토 결과 sheet of --fix
// copies): landscape, fit to one page wide (fitToHeight 0 = as many pages down as needed),
// the title rows on every page, and an autofilter over the header and its rows.
import type ExcelJS from "exceljs";
import { filterA1, titleRowsA1, type PrintLayout } from "../core";

export function applyPrintLayout(sheet: ExcelJS.Worksheet, layout: PrintLayout): void {
  sheet.pageSetup.orientation = layout.orientation;
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = layout.pagesWide;
  sheet.pageSetup.fitToHeight = layout.pagesTall;
  sheet.pageSetup.printTitlesRow = titleRowsA1(layout).replace(/\$/g, "");
  const filter = filterA1(layout);
  if (filter) sheet.autoFilter = filter;
}
