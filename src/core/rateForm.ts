// How a rate cell holds its value, with its percent number format when it has one: a cell
// under a percent format holds the rate as a fraction, whatever it shows.
import type { RateStyle } from "./types";

/** A plain two-field object (no computed keys: those make slow dictionary-mode objects on every card). */
export function rateForm(cell: string | null, style: RateStyle, formats: Readonly<Record<string, string>>): { style: RateStyle; format: string | null } {
  const format = cell ? (formats[cell] ?? null) : null;
  return { style: format ? "percentNumber" : style, format };
}
