// Links as HYPERLINK formulas. exceljs writes `{hyperlink: "#…"}` as an external
// relationship plus a location, which Excel turns into `#'s'!A1##'s'!A1`; the formula
// works the same in Excel, LibreOffice and Excel on the web.
import type ExcelJS from "exceljs";

export interface LinkTarget {
  /** Another workbook in the same folder (e.g. the annotated copy), or null for this one. */
  file?: string | null;
  sheet: string;
  cell: string;
}

/** `HYPERLINK("file.xlsx#'sheet'!A1","shown")`; Excel resolves the file next to this workbook. */
export function linkFormula(target: LinkTarget, shown: string): string {
  const location = `${target.file ?? ""}#'${target.sheet.replace(/'/g, "''")}'!${target.cell}`;
  return `HYPERLINK("${quote(location)}","${quote(shown)}")`;
}

/** Turns the cell into a link showing `shown` (blue, underlined, as Excel shows links). */
export function setLink(cell: ExcelJS.Cell, target: LinkTarget, shown: string): void {
  cell.value = { formula: linkFormula(target, shown), result: shown };
  cell.font = { color: { argb: "FF0563C1" }, underline: true };
}

function quote(text: string): string {
  return text.replace(/"/g, '""');
}
