// Small helpers for core tests: check a card spec and look findings up.
import { checkSheet, parseA1, type Finding, type SheetResult, type CellValue, type SheetGrid, type StoredValue } from "../../src/core";
import { cardGrid, type CardSpec, seedCard633 } from "../../src/sample/cards";

export function check(spec: CardSpec, precision: "auto" | 0 | 1 | 2 = "auto"): SheetResult {
  return checkSheet(cardGrid(spec), { precision });
}

export function codes(result: SheetResult): string[] {
  return result.findings.map((f) => f.code);
}

export function only(result: SheetResult, code: string): Finding[] {
  return result.findings.filter((f) => f.code === code);
}

/** A seed card with edits applied, so each test states only what it changes. */
export function card633(edit: (spec: CardSpec) => void): CardSpec {
  const spec = seedCard633();
  edit(spec);
  return spec;
}

/** Sets one cell of a grid (sheet coordinates, 0-based). */
export function setCell(grid: SheetGrid, row: number, col: number, value: CellValue): SheetGrid {
  grid.values[row][col] = value;
  return grid;
}

/** The grid with one cell stored under a number format (and, when given, a new stored value). */
export function withFormat(grid: SheetGrid, cell: string, format: string, value?: StoredValue): SheetGrid {
  const at = parseA1(cell)!;
  const r = at.row - (grid.originRow ?? 0);
  const c = at.col - (grid.originCol ?? 0);
  const values = grid.values.slice();
  const formats = (grid.formats ?? []).slice();
  if (value !== undefined) (values[r] = (values[r] ?? []).slice())[c] = value;
  (formats[r] = (formats[r] ?? []).slice())[c] = format;
  return { ...grid, values, formats };
}
