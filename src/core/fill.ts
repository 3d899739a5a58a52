// What 이행률 채우기 writes: the computed rate into every rate cell that is empty or
// disagrees, at the card's precision, in the form the cell already uses. The plan gives
// each cell's value AND number format, so both adapters write the same thing.
import type { CellWrite, CheckOptions, RateStyle, WorkbookResult, Finding } from "./types";
import { roundHalfUp, formatRate } from "./rounding";
import { percentFormat } from "./cells";

const FILLABLE = new Set([
  "INDICATOR_RATE_MISSING",
  "INDICATOR_RATE_MISMATCH",
  "PLEDGE_RATE_MISSING",
  "PLEDGE_RATE_MISMATCH",
  "HEADLINE_RATE_MISSING",
  "HEADLINE_RATE_MISMATCH",
  "UNREADABLE_CELL",
]);

/**
 * The value and number format for a rate in a cell of this form: a number stays a number
 * (a percent-formatted cell stores the fraction, 0.86 under `0%`, and keeps a format that
 * shows the precision), `74%` text stays text (format `@`, else Excel would make it 0.74).
 * Null when there is nothing finite to write.
 */
export function rateCellValue(rate: number, precision: number, style: RateStyle, format: string | null): { value: number | string; numberFormat: string | null } | null {
  const rounded = roundHalfUp(rate, precision);
  if (!Number.isFinite(rounded)) return null;
  if (style === "percentText") return { value: `${formatRate(rate, precision)}%`, numberFormat: "@" };
  if (style === "percentNumber") {
    // 12 significant digits drop the division's binary noise (0.7333000000000001).
    const fraction = Number((rounded / 100).toPrecision(12));
    return { value: fraction, numberFormat: percentFormat(format, precision) };
  }
  return { value: rounded, numberFormat: null };
}

export function planRateWrites(result: WorkbookResult, options: CheckOptions = {}): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const sheet of result.sheets) {
    // Only cells the check found empty or wrong are written; a rate cell that agrees is left alone.
    const flagged = new Map<string, Finding>();
    for (const f of sheet.findings) if (FILLABLE.has(f.code)) flagged.set(f.cell, f);
    const write = (cell: string | null, rate: number | null, precision: number, style: RateStyle, format: string | null) => {
      if (!cell || rate === null) return;
      const finding = flagged.get(cell);
      if (!finding) return;
      const planned = rateCellValue(rate, precision, style, format);
      // The plan never holds a non-finite number: such a rate is left for the user.
      if (!planned) return;
      writes.push({ sheet: sheet.name, cell, value: planned.value, numberFormat: planned.numberFormat, previous: finding.found });
    };
    for (const pledge of sheet.pledges) {
      const precision = options.precision === undefined || options.precision === "auto" ? pledge.precision : options.precision;
      for (const indicator of pledge.indicators) write(indicator.rateCell, indicator.rate, precision, indicator.rateStyle, indicator.rateFormat);
      write(pledge.rateCell, pledge.rate, precision, pledge.rateStyle, pledge.rateFormat);
      write(pledge.headlineCell, pledge.rate, precision, pledge.headlineStyle, pledge.headlineFormat);
    }
  }
  return writes;
}
