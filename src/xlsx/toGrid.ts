// The one step from a stored sheet (src/xlsx/types.ts) to the core's SheetGrid: values as
// stored (errors as errors, dates as serials), formats and formulas parallel to them,
// merges, hidden rows and columns, visibility, the date system. What a value means is the
// core's (src/core/storedValue.ts).
import type { SheetGrid, StoredValue } from "../core";
import type { Area, StoredCell, StoredSheet } from "./types";

/** Merges larger than this do not mark every row they cover as holding something. */
const ROW_MARKING_MERGE_CELLS = 10_000;

export function sheetGridOf(sheet: StoredSheet, date1904: boolean): SheetGrid {
  const values: StoredValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const held = new Set<number>();
  const covered = mergeCover(sheet.merges);
  for (const cell of sheet.cells) {
    // Excel shows only the top-left cell of a merged area; what lies under the rest is not read.
    if (covered(cell.row, cell.col)) continue;
    (values[cell.row] ??= [])[cell.col] = stored(cell);
    if (cell.value !== null || cell.formula !== null) held.add(cell.row);
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
    // A run of a million hidden empty rows costs nothing: only rows that hold something are listed.
    hiddenRows: hiddenHeldRows(sheet, held),
    hiddenColumns: spread(sheet.hiddenCols, 16_384),
    visibility: sheet.state,
    date1904,
  };
}

function stored(cell: StoredCell): StoredValue {
  if (cell.type === "e" && typeof cell.value === "string") return { error: cell.value };
  // A date typed `d` (ISO 8601, §18.17.4.1) at midnight is the day: the form the core reads as a date.
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
