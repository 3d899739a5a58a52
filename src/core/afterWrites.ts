// The workbook as it is stored once the planned rate values are in their cells, so the
// check that follows 이행률 채우기 sees what was written without reading Excel again. A write
// stores a value and, when it says so, a number format; the grid then reads through the
// same code as any other (storedValue.ts): 0.8571 stored under `0.00%` reads as "85.71%".
import { parseA1 } from "./address";
import type { CellWrite, SheetGrid } from "./types";

export function withWrites(grids: readonly SheetGrid[], writes: readonly CellWrite[]): SheetGrid[] {
  return grids.map((grid) => {
    const own = writes.filter((w) => w.sheet === grid.name);
    if (own.length === 0) return grid;
    // Copies of the touched rows only (slice keeps a sparse array's holes): the grid handed in stays as it was.
    const values = grid.values.slice();
    const formats = (grid.formats ?? []).slice();
    const formulas = grid.formulas?.slice();
    const top = grid.originRow ?? 0;
    const left = grid.originCol ?? 0;
    for (const w of own) {
      const at = parseA1(w.cell);
      if (!at || at.row < top || at.col < left) continue;
      const r = at.row - top;
      const c = at.col - left;
      values[r] = values[r] ? values[r].slice() : [];
      values[r][c] = w.value;
      // A value typed over a formula replaces it.
      if (formulas?.[r]?.[c]) {
        formulas[r] = formulas[r].slice();
        formulas[r][c] = null;
      }
      if (w.numberFormat === null) continue;
      formats[r] = formats[r] ? formats[r].slice() : [];
      formats[r][c] = w.numberFormat;
    }
    return { ...grid, values, formats, ...(formulas ? { formulas } : {}) };
  });
}
