// How a rate cell holds its value, with its percent number format when it has one: a cell
// under a percent format holds the rate as a fraction, whatever it shows.
import type { RateStyle } from "./types";

export function rateForm<P extends "rate" | "headline">(prefix: P, cell: string | null, style: RateStyle, formats: Readonly<Record<string, string>>) {
  const format = cell ? (formats[cell] ?? null) : null;
  return { [`${prefix}Style`]: format ? "percentNumber" : style, [`${prefix}Format`]: format } as Record<`${P}Style`, RateStyle> & Record<`${P}Format`, string | null>;
}
