// Small edits of a sheet grid for the reading tests: each says what a department did to a
// right card (inserted a column, moved the card, unmerged the names …), and where each cell
// went, so a test can expect the same findings at the moved cells.
import type { CellValue, SheetGrid } from "../../../src/core";
import { parseA1, toA1 } from "../../../src/core";

export interface Edited {
  grid: SheetGrid;
  /** Where a cell of the original grid is now (A1 → A1). */
  moved: (a1: string) => string;
}

const width = (g: SheetGrid) => Math.max(0, ...g.values.map((r) => r.length));

export function copyGrid(grid: SheetGrid): SheetGrid {
  return { ...grid, values: grid.values.map((r) => [...r]), merges: grid.merges.map((m) => ({ ...m })), hiddenRows: [...(grid.hiddenRows ?? [])] };
}

/**
 * A new column at `col` (0-based) with text on the given rows. With `rows`, only those rows
 * shift (Excel's "insert cells, shift right" over the table), else the whole sheet.
 */
export function insertColumn(grid: SheetGrid, col: number, cells: Map<number, CellValue>, rows?: [number, number]): Edited {
  const g = copyGrid(grid);
  const w = width(g);
  const inside = (r: number) => !rows || (r >= rows[0] && r <= rows[1]);
  g.values = g.values.map((row, r) => {
    if (!inside(r)) return row;
    const full = [...row, ...new Array<CellValue>(Math.max(0, w - row.length)).fill(null)];
    full.splice(col, 0, cells.get(r) ?? null);
    return full;
  });
  g.merges = g.merges.map((m) => (!inside(m.top) ? m : m.left >= col ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= col ? { ...m, right: m.right + 1 } : m));
  return {
    grid: g,
    moved: (a1) => {
      const at = parseA1(a1);
      return at && inside(at.row) ? shift(a1, 0, (c) => (c >= col ? c + 1 : c)) : a1;
    },
  };
}

/** The whole card moved down `rows` and right `cols` (blank rows and columns before it). */
export function moveCard(grid: SheetGrid, rows: number, cols: number): Edited {
  const g = copyGrid(grid);
  g.values = [...new Array<CellValue[]>(rows).fill([]).map(() => []), ...g.values.map((r) => [...new Array<CellValue>(cols).fill(null), ...r])];
  g.merges = g.merges.map((m) => ({ top: m.top + rows, bottom: m.bottom + rows, left: m.left + cols, right: m.right + cols }));
  g.hiddenRows = (grid.hiddenRows ?? []).map((r) => r + rows);
  return { grid: g, moved: (a1) => shift(a1, rows, (c) => c + cols) };
}

function shift(a1: string, rows: number, col: (c: number) => number): string {
  const at = parseA1(a1);
  return at ? toA1(at.row + rows, col(at.col)) : a1;
}

/** The card's rows above the table title (`rows` of them) replaced by other rows: another header block. */
export function replaceHeader(grid: SheetGrid, rows: number, header: CellValue[][], merges: SheetGrid["merges"] = []): Edited {
  const g = copyGrid(grid);
  const d = header.length - rows;
  g.values = [...header.map((r) => [...r]), ...g.values.slice(rows)];
  g.merges = [...merges, ...g.merges.filter((m) => m.top >= rows).map((m) => ({ ...m, top: m.top + d, bottom: m.bottom + d }))];
  g.hiddenRows = (grid.hiddenRows ?? []).filter((r) => r >= rows).map((r) => r + d);
  return { grid: g, moved: (a1) => shift(a1, parseA1(a1) && parseA1(a1)!.row >= rows ? d : 0, (c) => c) };
}
