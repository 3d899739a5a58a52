// The one step from a stored sheet (src/xlsx/types.ts) to the core's SheetGrid: values as
// stored (errors as errors, dates as serials), formats and formulas parallel to them,
// merges, hidden rows and columns, visibility, the date system. What a value means is the
// core's (src/core/storedValue.ts).
import type { SheetGrid, StoredValue } from "../core";
import type { StoredCell, StoredSheet } from "./types";

export function sheetGridOf(sheet: StoredSheet, date1904: boolean): SheetGrid {
  const values: StoredValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (const cell of sheet.cells) {
    (values[cell.row] ??= [])[cell.col] = stored(cell);
    if (cell.format !== null) (formats[cell.row] ??= [])[cell.col] = cell.format;
    if (cell.formula !== null) (formulas[cell.row] ??= [])[cell.col] = cell.formula;
  }
  const spread = (spans: { first: number; last: number }[], limit: number) => {
    const out: number[] = [];
    for (const span of spans) for (let i = span.first; i <= span.last && out.length < limit; i++) out.push(i);
    return out;
  };
  return {
    name: sheet.name,
    values,
    merges: sheet.merges.map((m) => ({ ...m })),
    originRow: 0,
    originCol: 0,
    formats,
    formulas,
    // A run of a million hidden empty rows is bounded: rows past the last cell hold nothing.
    hiddenRows: spread(sheet.hiddenRows.filter((s) => s.first < values.length), values.length + 1),
    hiddenColumns: spread(sheet.hiddenCols, 16_384),
    visibility: sheet.state,
    date1904,
  };
}

function stored(cell: StoredCell): StoredValue {
  if (cell.type === "e" && typeof cell.value === "string") return { error: cell.value };
  return cell.value;
}
