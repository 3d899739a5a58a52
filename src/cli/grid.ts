// Reads an exceljs worksheet into a SheetGrid: one pass over the rows and cells that
// exist, so a large workbook costs little more than exceljs's own parse.
import type { Worksheet } from "exceljs";
import { parseA1, type CellValue, type MergedArea, type SheetGrid } from "../core";
import { gridCell } from "./cellValue";

/** The part of an exceljs merge range we use (exceljs keeps them by master address). */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Cells are kept at their real addresses (origin A1), merged areas 0-based. */
export function sheetGrid(sheet: Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const numberFormats: Record<string, string> = {};
  let width = 0;
  sheet.eachRow((row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    const cells: CellValue[] = [];
    row.eachCell((cell, colNumber) => {
      const { value, format } = gridCell(cell);
      if (format !== null) numberFormats[cell.address] = format;
      if (value === null) return;
      cells[colNumber - 1] = value;
    });
    if (cells.length === 0) return;
    values[rowNumber - 1] = cells;
    if (cells.length > width) width = cells.length;
  });
  return { name: sheet.name, values: rectangle(values, width), merges: mergedAreas(sheet), originRow: 0, originCol: 0, numberFormats, hiddenRows };
}

/** Fills the holes of the sparse rows with null so the core gets a plain rectangle. */
function rectangle(sparse: CellValue[][], width: number): CellValue[][] {
  const rows: CellValue[][] = new Array(sparse.length);
  for (let r = 0; r < sparse.length; r++) {
    const source = sparse[r];
    const row: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = source?.[c] ?? null;
    rows[r] = row;
  }
  return rows;
}

/**
 * exceljs keeps merges privately as `_merges` (master address -> 1-based range); reading
 * them avoids `sheet.model`, which rebuilds every row. The public model is the fallback.
 */
function mergedAreas(sheet: Worksheet): MergedArea[] {
  const merges = (sheet as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges;
  if (!merges) return sheet.model.merges.map(areaOf);
  const areas: MergedArea[] = [];
  for (const range of Object.values(merges)) {
    if (!range) continue;
    areas.push({ top: range.top - 1, left: range.left - 1, bottom: range.bottom - 1, right: range.right - 1 });
  }
  return areas;
}

/** "A6:A7" -> 0-based area; exceljs only produces well-formed ranges here. */
function areaOf(range: string): MergedArea {
  const [first, last = first] = range.split(":");
  const a = parseA1(first) ?? { row: 0, col: 0 };
  const b = parseA1(last) ?? a;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}
