// What the .xlsx reader gives: each sheet as stored in the file, nothing interpreted. The
// core's grid is made from it in one place (src/xlsx/toGrid.ts).

export type SheetState = "visible" | "hidden" | "veryHidden";

/** The cell's stored type (ECMA-376 Part 1 §18.18.11 ST_CellType), inline strings as "s". */
export type StoredType = "n" | "s" | "b" | "e" | "d";

export interface StoredCell {
  /** 0-based. */
  row: number;
  col: number;
  type: StoredType;
  /**
   * The stored value, or a formula's cached result: a number, the text, a boolean, an
   * error's text (`#DIV/0!`), an ISO 8601 date's text for "d". Null when the cell holds no
   * value (an empty cell kept for its format, a formula never calculated).
   */
  value: number | string | boolean | null;
  /** The formula's text without "=", shared formulas moved to this cell. */
  formula: string | null;
  /** The number format code; null for General. */
  format: string | null;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A run of rows or columns, 0-based and inclusive: a million hidden rows are one entry. */
export interface Span {
  first: number;
  last: number;
}

export interface StoredSheet {
  name: string;
  state: SheetState;
  /** Cells with a value, or empty with a format the core needs (src/xlsx/worksheet.ts), in file order. */
  cells: StoredCell[];
  merges: Area[];
  hiddenRows: Span[];
  hiddenCols: Span[];
}

export interface StoredWorkbook {
  sheets: StoredSheet[];
  date1904: boolean;
  /** Korean notes on sheets left out (too large). */
  notices: string[];
  /** Sheets the workbook lists whose part is not in the package. */
  missingSheets: string[];
}
