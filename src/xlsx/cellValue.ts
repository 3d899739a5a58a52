// Turns one exceljs cell into the plain value the core reads. Only moves the value:
// every decision about what the value means is the core's (cellFromNumberFormat on).
import type { Cell, CellValue as ExcelValue } from "exceljs";
import { cellFromNumberFormat, percentFormatOf, type CellValue } from "../core";

/** exceljs ValueType.Merge: a merged cell that is not the top-left one. */
const MERGE_TYPE = 1;
/** exceljs ValueType.Formula. */
const FORMULA_TYPE = 6;

/** The cell's value for the grid; a merged non-master cell is blank, as in the file. */
export function gridValue(cell: Cell): CellValue {
  return gridCell(cell).value;
}

/** The cell's value for the grid and, when the core needs it, its (percent) number format. */
export function gridCell(cell: Cell): { value: CellValue; format: string | null } {
  if (cell.type === MERGE_TYPE) return { value: null, format: null };
  const value = cell.type === FORMULA_TYPE ? formulaValue(cell) : plainValue(cell.value);
  return gridEntry(value, cell.numFmt ?? null);
}

/** A plain value under its number format: what the grid holds and the percent format kept. */
export function gridEntry(value: CellValue, numFmt: string | null): { value: CellValue; format: string | null } {
  return { value: cellFromNumberFormat(value, numFmt), format: percentFormatOf(value, numFmt) };
}

/**
 * A formula's cached result. Without one the formula text is passed on (starting with
 * "="), so the core reports the cell as unreadable rather than taking it as 0.
 * `cell.result` is read instead of `cell.value.result`, which exceljs drops when it is 0.
 */
function formulaValue(cell: Cell): CellValue {
  const result = cell.result as ExcelValue | undefined;
  if (result === undefined || result === null) return `=${cell.formula ?? ""}`;
  return plainValue(result);
}

/** Rich text joined, a hyperlink's text, an error's code, a date as ISO text. */
export function plainValue(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== "object") return null;
  if ("richText" in value) return Array.isArray(value.richText) ? value.richText.map((run) => run?.text ?? "").join("") : null;
  if ("hyperlink" in value) return plainValue(value.text as ExcelValue);
  if ("error" in value) return value.error;
  return null;
}

/** exceljs dates are UTC; a date without a time of day keeps only yyyy-mm-dd. */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
}
