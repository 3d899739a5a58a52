// How a rate cell holds its value, with its percent number format when it has one: a cell
// under a percent format holds the rate as a fraction, whatever it shows.
import type { RateStyle } from "./types";
import type { GridView } from "./grid";
import { parseA1 } from "./address";

/** A plain two-field object (no computed keys: those make slow dictionary-mode objects on every card). */
export function rateForm(grid: GridView, cell: string | null, style: RateStyle): { style: RateStyle; format: string | null } {
  const at = cell ? parseA1(cell) : null;
  const format = at ? grid.percentFormat(at.row, at.col) : null;
  return { style: format ? "percentNumber" : style, format };
}
