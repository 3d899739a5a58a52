// A rate as the target cell stores it. The core speaks in percent points (86); a cell
// formatted as a percent stores the fraction (0.86), so 86 there would show as 8600%.
import type { CellWrite } from "../core";

const PERCENT_TEXT = /^\s*([+-]?\d+(?:\.\d+)?)\s*%\s*$/;

export function storedRate(value: CellWrite["value"], numFmt: string | undefined): number | string {
  const unquoted = (numFmt ?? "").replace(/"[^"]*"/g, "").replace(/\\./g, "");
  if (!unquoted.includes("%")) return value;
  const points = typeof value === "number" ? value : Number(PERCENT_TEXT.exec(value)?.[1] ?? NaN);
  // Division can leave binary noise (0.7333000000000001); 12 significant digits drop it.
  return Number.isFinite(points) ? Number((points / 100).toPrecision(12)) : value;
}
