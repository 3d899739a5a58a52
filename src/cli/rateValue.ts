// A rate as the target cell stores it: the core's plan says value and number format
// (0.86 under `0%`, "74%" under `@`, 86 keeping the format). Only a cell the core could
// not see the format of (exceljs skips a styled but empty cell while reading) can still
// be percent-formatted under a plan in percent points; it stores the fraction too, or
// 86 would show as 8600%.
import type { CellWrite } from "../core";

export function storedRate(write: Pick<CellWrite, "value" | "numberFormat">, numFmt: string | undefined): number | string {
  if (write.numberFormat !== null || typeof write.value !== "number") return write.value;
  const unquoted = (numFmt ?? "").replace(/"[^"]*"/g, "").replace(/\\./g, "");
  if (!unquoted.includes("%")) return write.value;
  // Division can leave binary noise (0.7333000000000001); 12 significant digits drop it.
  return Number((write.value / 100).toPrecision(12));
}
