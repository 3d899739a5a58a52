// The one step from a stored sheet (src/xlsx/types.ts) to the core's SheetGrid, for every
// reader of .xlsx (the command line, the pane's 이전 제출본과 비교, the standalone page).
// Today's grid still holds a percent as shown and a date as ISO text (gridEntry,
// dateFormat.ts); the honest grid (issue 18) moves those readings into the core, here only.
import { toA1, type CellValue, type SheetGrid } from "../core";
import { gridEntry } from "./cellValue";
import { isDateFormat, serialDate } from "./dateFormat";
import type { Area, StoredCell, StoredSheet } from "./types";

/** Merges larger than this do not mark every row they cover as holding something. */
const ROW_MARKING_MERGE_CELLS = 10_000;

export function sheetGridOf(sheet: StoredSheet, date1904: boolean): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: Record<string, string> = {};
  const held = new Set<number>();
  const covered = mergeCover(sheet.merges);
  for (const cell of sheet.cells) {
    // Excel shows only the top-left cell of a merged area; what lies under the rest is not read.
    if (covered(cell.row, cell.col)) continue;
    const entry = gridEntry(plain(cell, date1904), cell.format);
    if (entry.format !== null) numberFormats[toA1(cell.row, cell.col)] = entry.format;
    if (entry.value === null) continue;
    (values[cell.row] ??= [])[cell.col] = entry.value;
    held.add(cell.row);
  }
  return { name: sheet.name, values, merges: sheet.merges.map((m) => ({ ...m })), originRow: 0, originCol: 0, numberFormats, hiddenRows: hiddenHeldRows(sheet, held) };
}

/** The cell's value as today's grid holds it. */
function plain(cell: StoredCell, date1904: boolean): CellValue {
  // A formula never calculated is passed on as its text: the core reports it, never takes 0.
  if (cell.value === null) return cell.formula !== null ? `=${cell.formula}` : null;
  if (cell.type === "n" && typeof cell.value === "number" && isDateFormat(cell.format)) return serialDate(cell.value, date1904) ?? cell.value;
  if (cell.type === "d" && typeof cell.value === "string") return cell.value.replace(/T00:00(:00(\.0+)?)?Z?$/, "");
  return cell.value;
}

/** Whether (row, col) lies in a merged area but is not its top-left cell. */
function mergeCover(merges: readonly Area[]): (row: number, col: number) => boolean {
  if (merges.length === 0) return () => false;
  const byRow = new Map<number, Area[]>();
  const tall: Area[] = [];
  for (const m of merges) {
    if (m.bottom - m.top > 64) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const inside = (m: Area, row: number, col: number) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !(row === m.top && col === m.left);
  return (row, col) => (byRow.get(row) ?? []).some((m) => inside(m, row, col)) || tall.some((m) => inside(m, row, col));
}

/**
 * Hidden rows that hold something: a value, or part of a merged area. A million hidden
 * empty rows are a run in the stored sheet and nothing here.
 */
function hiddenHeldRows(sheet: StoredSheet, held: Set<number>): number[] {
  if (sheet.hiddenRows.length === 0) return [];
  const rows = new Set<number>();
  const spans = [...sheet.hiddenRows].sort((a, b) => a.first - b.first);
  const hidden = (row: number) => {
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (row < spans[mid].first) high = mid - 1;
      else if (row > spans[mid].last) low = mid + 1;
      else return true;
    }
    return false;
  };
  for (const row of held) if (hidden(row)) rows.add(row);
  for (const m of sheet.merges) {
    const size = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (size === 1 || size > ROW_MARKING_MERGE_CELLS) continue;
    for (let r = m.top; r <= m.bottom; r++) if (hidden(r)) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}
