// Turns one exceljs cell into what it stores: the value (a date back to its serial, an
// error as an error), its number format code and its formula. Only moves the cell: what
// the value means is the core's (src/core/storedValue.ts).
import type { Cell, CellValue as ExcelValue } from "exceljs";
import type { StoredValue } from "../core";

/** exceljs ValueType.Merge: a merged cell that is not the top-left one. */
const MERGE_TYPE = 1;
/** exceljs ValueType.Formula. */
const FORMULA_TYPE = 6;

export interface StoredCell {
  value: StoredValue;
  /** The number format code; null for General. */
  format: string | null;
  /** The formula without `=`, for a formula cell with no cached result. */
  formula: string | null;
}

/** The cell as stored; a merged non-master cell is blank, as in the file. */
export function storedCell(cell: Cell, date1904: boolean): StoredCell {
  if (cell.type === MERGE_TYPE) return { value: null, format: null, formula: null };
  const format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
  if (cell.type === FORMULA_TYPE) {
    // `cell.result` is read instead of `cell.value.result`, which exceljs drops when it is 0.
    // The formula is kept when no result is cached (it then reads as unreadable, never as 0).
    const result = cell.result as ExcelValue | undefined;
    const value = storedValue(result, date1904);
    return { value, format, formula: value === null ? (cell.formula ?? "") : null };
  }
  return { value: storedValue(cell.value, date1904), format, formula: null };
}

/** Rich text joined, a hyperlink's text, an error as an error, a date as its serial. */
export function storedValue(value: ExcelValue | undefined, date1904: boolean): StoredValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value, date1904);
  if (typeof value !== "object") return null;
  if ("richText" in value) return Array.isArray(value.richText) ? value.richText.map((run) => run?.text ?? "").join("") : null;
  if ("hyperlink" in value) return storedValue(value.text as ExcelValue, date1904);
  if ("error" in value) return { error: String(value.error) };
  return null;
}

/** exceljs made the Date from the serial (utils.excelToDate, UTC); this undoes it. */
function dateSerial(date: Date, date1904: boolean): number | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  return ms / 86_400_000 + (date1904 ? 24107 : 25569);
}
