// Reads an exceljs worksheet into a SheetGrid, for the command line and for the pane's
// 이전 제출본과 비교 (which reads a file the user picks): one pass over the rows and cells that
// exist. exceljs types and the core only, so the pane's bundle can take it. The grid stays sparse (holes where nothing is written), so a stray value at
// XFD1 or A1048576 costs one cell, not the used range's area.
import type { Worksheet } from "exceljs";
import { parseA1, type MergedArea, type SheetGrid, type SheetVisibility, type StoredValue } from "../core";
import { storedCell } from "./cellValue";

/** The part of an exceljs merge range we use (exceljs keeps them by master address). */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Cells (with a value) and merged areas one sheet may hold to be checked. A pledge card
 * has a few hundred; a department's sheet a few thousand. Beyond this the sheet is not a
 * card, and skipping it keeps one odd sheet from taking the run's memory.
 */
export const MAX_SHEET_CELLS = 1_000_000;

/** A sheet over MAX_SHEET_CELLS: reported in Korean by the caller, the rest goes on. */
export class SheetTooLarge extends Error {
  constructor(readonly sheet: string, readonly cells: number) {
    super(`시트 '${sheet}'에 값이 있는 셀과 병합 영역이 ${cells.toLocaleString("ko-KR")}개를 넘어 점검하지 않았습니다 (시트 하나에 ${cells.toLocaleString("ko-KR")}개까지 점검합니다).`);
  }
}

/** Cells are kept at their real addresses (origin A1), merged areas 0-based. */
export function sheetGrid(sheet: Worksheet, options: { maxCells?: number } = {}): SheetGrid {
  const limit = options.maxCells ?? MAX_SHEET_CELLS;
  const values: StoredValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const merges = mergedAreas(sheet);
  const hiddenRows: number[] = [];
  const date1904 = sheet.workbook?.properties?.date1904 === true;
  let count = merges.length;
  sheet.eachRow((row, rowNumber) => {
    if (count > limit) return;
    let cells: StoredValue[] | null = null;
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    row.eachCell((cell, colNumber) => {
      const stored = storedCell(cell, date1904);
      if (stored.format !== null) (formats[rowNumber - 1] ??= [])[colNumber - 1] = stored.format;
      if (stored.formula !== null) (formulas[rowNumber - 1] ??= [])[colNumber - 1] = stored.formula;
      if (stored.value === null && stored.formula === null) return;
      // A formula with no cached result stores null: the row still holds a cell.
      (cells ??= [])[colNumber - 1] = stored.value;
      count++;
    });
    if (cells) values[rowNumber - 1] = cells;
  });
  if (count > limit) throw new SheetTooLarge(sheet.name, limit);
  const visibility: SheetVisibility = sheet.state === "hidden" ? "hidden" : sheet.state === "veryHidden" ? "veryHidden" : "visible";
  return { name: sheet.name, values, merges, originRow: 0, originCol: 0, formats, formulas, hiddenRows, visibility, date1904 };
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
