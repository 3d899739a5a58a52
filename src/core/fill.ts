// What 이행률 채우기 writes: the computed rate into every rate cell that is empty or
// disagrees, at the card's precision, in the form the cell already uses.
import type { CellWrite, CheckOptions, RateStyle, WorkbookResult, Finding } from "./types";
import { roundHalfUp, formatRate } from "./rounding";
import { isAccepted } from "./exceptions";

const FILLABLE = new Set([
  "INDICATOR_RATE_MISSING",
  "INDICATOR_RATE_MISMATCH",
  "PLEDGE_RATE_MISSING",
  "PLEDGE_RATE_MISMATCH",
  "HEADLINE_RATE_MISSING",
  "HEADLINE_RATE_MISMATCH",
  "UNREADABLE_CELL",
]);

function valueFor(rate: number, precision: number, style: RateStyle): number | string {
  if (style === "percentText") return `${formatRate(rate, precision)}%`;
  return roundHalfUp(rate, precision);
}

export function planRateWrites(result: WorkbookResult, options: CheckOptions = {}): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const sheet of result.sheets) {
    // Only cells the check found empty or wrong are written; a rate cell that agrees is left alone.
    const flagged = new Map<string, Finding>();
    // An accepted finding (점검 예외: the province defines the rate differently) keeps its cell.
    for (const f of sheet.findings) if (FILLABLE.has(f.code) && !isAccepted(f)) flagged.set(f.cell, f);
    const write = (cell: string | null, rate: number | null, precision: number, style: RateStyle) => {
      if (!cell || rate === null) return;
      const finding = flagged.get(cell);
      if (!finding) return;
      writes.push({ sheet: sheet.name, cell, value: valueFor(rate, precision, style), previous: finding.found });
    };
    for (const pledge of sheet.pledges) {
      const precision = options.precision === undefined || options.precision === "auto" ? pledge.precision : options.precision;
      for (const indicator of pledge.indicators) write(indicator.rateCell, indicator.rate, precision, indicator.rateStyle);
      write(pledge.rateCell, pledge.rate, precision, pledge.rateStyle);
      write(pledge.headlineCell, pledge.rate, precision, pledge.headlineStyle);
    }
  }
  return writes;
}
