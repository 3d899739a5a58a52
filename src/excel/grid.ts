// What the adapter makes of the cells Excel returned: the core's SheetGrid (every cell
// through cellFromNumberFormat, empty cells as null) and a lookup of the fills read.
import { cellFromNumberFormat, parseA1, percentFormatOf, toA1, type CellValue, type MergedArea, type SheetGrid } from "../core";
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

function cellValue(value: unknown, numberFormat: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return String(value);
  return cellFromNumberFormat(value, typeof numberFormat === "string" ? numberFormat : null);
}

/** Turns what was read (one range, or several blocks stacked) into the core's grid. */
export function sheetContents(name: string, reads: RangeRead[], merges: MergedArea[]): SheetContents {
  const originRow = reads[0]?.row ?? 0;
  const originCol = reads[0]?.col ?? 0;
  const values: CellValue[][] = [];
  const numberFormats: Record<string, string> = {};
  const fills: (Excel.CellProperties[] | null)[] = [];
  // Known only when every block said which of its rows are hidden.
  const hiddenRows: number[] | undefined = reads.length > 0 && reads.every((r) => r.rows) ? [] : undefined;
  for (const read of reads) {
    read.rows?.forEach((props, r) => {
      if (props.rowHidden === true) hiddenRows?.push(read.row + r);
    });
    read.values.forEach((row, r) => {
      values.push(
        row.map((v, c) => {
          const numberFormat = read.numberFormat[r]?.[c];
          // The core needs a rate cell's percent format to plan the write (0.86 under 0%).
          const format = typeof numberFormat === "string" ? percentFormatOf(v, numberFormat) : null;
          if (format !== null) numberFormats[toA1(read.row + r, read.col + c)] = format;
          return cellValue(v, numberFormat);
        }),
      );
      fills.push(read.fills ? read.fills[r] : null);
    });
  }
  const width = values[0]?.length ?? 0;
  return {
    grid: { name, values, merges, originRow, originCol, numberFormats, ...(hiddenRows ? { hiddenRows } : {}) },
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
