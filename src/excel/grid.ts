// What the adapter makes of the cells Excel returned: the core's SheetGrid — each cell's
// stored value and number format code as Excel gave them, empty cells as null; how they
// read is the core's (src/core/storedValue.ts) — and a lookup of the fills read.
import { parseA1, type MergedArea, type SheetGrid, type StoredValue } from "../core";
import { mergedAreas } from "./address";
import { fillFromCellProperties, type OriginalFill } from "./fills";

export interface SheetContents {
  grid: SheetGrid;
  /** The fill of a cell in the grid; undefined when it was not read (ExcelApi 1.7, or outside the grid). */
  fillAt(cell: string): OriginalFill | undefined;
}

/**
 * What the bulk read asks of every cell's fill. patternColor is left out (a quarter of
 * the response); a cell with a patterned fill reads as unknown and, if it gets flagged,
 * is read again in full with FULL_FILL_OPTIONS — rare, and one extra sync when it happens.
 */
export const FILL_OPTIONS: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true, tintAndShade: true } } };
export const FULL_FILL_OPTIONS: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } } };

/** What sync 2 asks of each sheet beyond values and number formats. */
export interface CellReads {
  /** Fills (ExcelApi 1.9), so a check can flag without another read; a summary needs none. */
  fills: boolean;
  /** Merged areas (ExcelApi 1.13). */
  merges: boolean;
  /** Which rows are hidden with getRowProperties (ExcelApi 1.9); below it by Range.rowHidden (1.2). */
  hiddenRows: boolean;
}

/**
 * Only `rowHidden`: the entries come back one per row, top to bottom, so the row is the
 * range's rowIndex plus the entry's position (Range.getRowProperties, ExcelApi 1.9,
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)).
 */
export const ROW_OPTIONS: Excel.RowPropertiesLoadOptions = { rowHidden: true };

/** What Excel returned for one rectangle of a sheet, 0-based origin. */
export interface RangeRead {
  row: number;
  col: number;
  values: unknown[][];
  numberFormat: unknown[][];
  fills: Excel.CellProperties[][] | null;
  /** One entry per row read, when hidden rows were asked for (absent: not known). */
  rows?: Excel.RowProperties[] | null;
}

/**
 * Range.values gives numbers (date serials included), text, booleans, and an error as its
 * text (`#DIV/0!`; valueTypes, not read here, would tell it from text); "" for empty.
 */
function storedValue(value: unknown): StoredValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return String(value);
  return value;
}

/** A format code, or null for General (most cells: kept as holes). */
function formatCode(numberFormat: unknown): string | null {
  return typeof numberFormat === "string" && numberFormat !== "" && numberFormat !== "General" ? numberFormat : null;
}

/** Turns what was read (one range, or several blocks stacked) into the core's grid. */
export function sheetContents(name: string, reads: RangeRead[], merges: MergedArea[]): SheetContents {
  const originRow = reads[0]?.row ?? 0;
  const originCol = reads[0]?.col ?? 0;
  const values: StoredValue[][] = [];
  const formats: (string | null)[][] = [];
  const fills: (Excel.CellProperties[] | null)[] = [];
  // Known only when every block said which of its rows are hidden.
  const hiddenRows: number[] | undefined = reads.length > 0 && reads.every((r) => r.rows) ? [] : undefined;
  for (const read of reads) {
    read.rows?.forEach((props, r) => {
      if (props.rowHidden === true) hiddenRows?.push(read.row + r);
    });
    read.values.forEach((row, r) => {
      values.push(row.map(storedValue));
      let codes: (string | null)[] | undefined;
      row.forEach((_, c) => {
        const code = formatCode(read.numberFormat[r]?.[c]);
        if (code !== null) (codes ??= [])[c] = code;
      });
      // Rows stay aligned with values: a row with no format is a hole.
      if (codes) formats[values.length - 1] = codes;
      fills.push(read.fills ? read.fills[r] : null);
    });
  }
  const width = values[0]?.length ?? 0;
  return {
    grid: { name, values, merges, originRow, originCol, formats, ...(hiddenRows ? { hiddenRows } : {}) },
    fillAt(cell: string): OriginalFill | undefined {
      const at = parseA1(cell);
      if (!at) return undefined;
      const row = fills[at.row - originRow];
      const c = at.col - originCol;
      if (!row || c < 0 || c >= width) return undefined;
      const fill = fillFromCellProperties(row[c]?.format?.fill);
      return fill && fill.pattern !== "Solid" ? undefined : fill;
    },
  };
}

export function mergesOf(areas: Excel.RangeAreas | null): MergedArea[] {
  return areas && !areas.isNullObject ? mergedAreas(areas.address) : [];
}
