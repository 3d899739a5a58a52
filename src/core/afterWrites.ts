// The workbook as it reads once the planned rate values are in their cells, so the check
// that follows 이행률 채우기 sees what was written without reading Excel again. A rate is
// written in the form its cell already uses (text stays text, see fill.ts), so the value
// read back is the value written, and a format written with it (0%) is the cell's format now.
import { parseA1 } from "./address";
import { percentFormatOf } from "./cells";
import type { CellWrite, SheetGrid } from "./types";

export function withWrites(grids: readonly SheetGrid[], writes: readonly CellWrite[]): SheetGrid[] {
  return grids.map((grid) => {
    const own = writes.filter((w) => w.sheet === grid.name);
    if (own.length === 0) return grid;
    const values = grid.values.map((row) => [...row]);
    const numberFormats = { ...grid.numberFormats };
    const top = grid.originRow ?? 0;
    const left = grid.originCol ?? 0;
    for (const w of own) {
      const at = parseA1(w.cell);
      if (!at || at.row < top || at.col < left) continue;
      const r = at.row - top;
      const c = at.col - left;
      while (values.length <= r) values.push([]);
      while (values[r].length <= c) values[r].push(null);
      values[r][c] = w.value;
      if (w.numberFormat === null) continue;
      const percent = percentFormatOf(w.value, w.numberFormat);
      if (percent) numberFormats[w.cell] = percent;
      else delete numberFormats[w.cell];
    }
    return { ...grid, values, numberFormats };
  });
}
