// A table typed by people: its header row is found by the header texts, in any order,
// with any other columns beside them. Shared by the 점검 예외 and 공약 목록 sheets.
import type { GridView } from "./grid";
import { cellText, compact } from "./text";

export interface HeaderRow {
  row: number;
  /** Sheet column of each header found, by its name as asked. */
  columns: Map<string, number>;
}

/** The first row holding every required header; optional ones are picked up when present. */
export function findHeaderRow(grid: GridView, required: readonly string[], optional: readonly string[] = []): HeaderRow | null {
  const wanted = new Map([...required, ...optional].map((name) => [compact(name), name]));
  for (const row of grid.rowsWithValues()) {
    const columns = new Map<string, number>();
    for (const col of grid.columnsWithValues(row)) {
      const name = wanted.get(compact(cellText(grid.raw(row, col))));
      if (name !== undefined && !columns.has(name)) columns.set(name, col);
    }
    if (required.every((name) => columns.has(name))) return { row, columns };
  }
  return null;
}

/** The text of a row's cell under a header; "" when the column is absent or blank. */
export function textUnder(grid: GridView, header: HeaderRow, row: number, name: string): string {
  const col = header.columns.get(name);
  return col === undefined ? "" : cellText(grid.shown(row, col));
}
