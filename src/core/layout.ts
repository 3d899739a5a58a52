// Finding 확인지표 tables on a sheet: the header row, its columns, and the rows below
// it up to the closing 공약 이행률 row.
import type { Period } from "./types";
import type { GridView } from "./grid";
import { compact, cellText } from "./text";
import { parsePeriod } from "./periods";
import { DEFAULT_LABELS, NAME_HEADERS, rowLabelKind, type LabelWords } from "./rules";

export interface TableColumns {
  name: number;
  unit: number | null;
  label: number;
  periods: number[];
  /** -1 when the header has no 이행률 column. */
  rate: number;
}

export type BodyRow =
  | { kind: "target" | "actual"; row: number }
  | { kind: "closing"; row: number };

export interface TableLayout {
  headerRow: number;
  columns: TableColumns;
  periods: Period[];
  rows: BodyRow[];
  /** Row of the closing 공약 이행률 row; null when the table is cut short. */
  closingRow: number | null;
  /** Last row that belongs to the table. */
  lastRow: number;
}

function isRateHeader(text: string): boolean {
  return /^이행률/.test(text) || /^달성률/.test(text);
}

/** A cheap first look, since every row of every sheet is asked whether it is a header. */
function mentionsIndicator(grid: GridView, row: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.raw(row, c);
    if (typeof v === "string" && compact(v).includes("지표")) return true;
  }
  return false;
}

/** The header row's columns, or null when this row is not a table header. */
function headerColumns(grid: GridView, row: number): TableColumns | null {
  if (!mentionsIndicator(grid, row)) return null;
  let name = -1;
  let unit: number | null = null;
  let label = -1;
  let rate = -1;
  for (let c = grid.left; c <= grid.right; c++) {
    const text = compact(cellText(grid.raw(row, c)));
    if (text === "") continue;
    if (name < 0 && NAME_HEADERS.has(text)) name = c;
    else if (name >= 0 && unit === null && label < 0 && text === "단위") unit = c;
    else if (name >= 0 && label < 0 && text === "구분") label = c;
    else if (label >= 0 && rate < 0 && isRateHeader(text)) rate = c;
  }
  if (name < 0 || label < 0) return null;
  const periods: number[] = [];
  const end = rate >= 0 ? rate : grid.right + 1;
  for (let c = label + 1; c < end; c++) {
    if (grid.master(row, c).col !== c) continue; // a header merged over two columns is one period
    if (cellText(grid.raw(row, c)) !== "" || rate >= 0) periods.push(c);
  }
  // Trailing blank header cells without a rate column are not periods.
  while (rate < 0 && periods.length > 0 && cellText(grid.raw(row, periods[periods.length - 1])) === "") periods.pop();
  if (periods.length === 0) return null;
  return { name, unit, label, periods, rate };
}

function rowKind(grid: GridView, row: number, cols: TableColumns, labels: LabelWords): "target" | "actual" | "closing" | "blank" | "other" {
  const lastText = cols.rate >= 0 ? cols.rate - 1 : cols.periods[cols.periods.length - 1];
  let blank = true;
  for (let c = grid.left; c <= lastText; c++) {
    const text = compact(cellText(grid.raw(row, c)));
    if (text === "") continue;
    blank = false;
    if (text.startsWith("공약이행률") || text.startsWith("공약달성률")) return "closing";
  }
  const kind = rowLabelKind(cellText(grid.shown(row, cols.label)), labels);
  if (kind) return kind;
  if (blank && (cols.rate < 0 || cellText(grid.raw(row, cols.rate)) === "")) return "blank";
  return "other";
}

/** Every table on the sheet, top to bottom. */
export function findTables(grid: GridView, labels: LabelWords = DEFAULT_LABELS): TableLayout[] {
  const tables: TableLayout[] = [];
  let row = grid.top;
  while (row <= grid.bottom) {
    const columns = headerColumns(grid, row);
    if (!columns) {
      row++;
      continue;
    }
    const table = readBody(grid, row, columns, labels);
    tables.push(table);
    row = table.lastRow + 1;
  }
  return tables;
}

function readBody(grid: GridView, headerRow: number, columns: TableColumns, labels: LabelWords): TableLayout {
  const rows: BodyRow[] = [];
  let closingRow: number | null = null;
  let lastRow = headerRow;
  for (let r = headerRow + 1; r <= grid.bottom; r++) {
    const kind = rowKind(grid, r, columns, labels);
    if (kind === "blank") continue;
    if (kind === "other") break;
    lastRow = r;
    if (kind === "closing") {
      rows.push({ kind, row: r });
      closingRow = r;
      break;
    }
    rows.push({ kind, row: r });
  }
  const periods = columns.periods.map((c) => parsePeriod(grid.raw(headerRow, c)));
  return { headerRow, columns, periods, rows, closingRow, lastRow };
}
