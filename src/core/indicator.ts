// Rule 2 for one indicator: rate = min(100, latest actual cumulative ÷ final target
// cumulative × 100), plus the checks a reviewer wants on its two rows.
import type { Indicator, MergedArea, PeriodEntry, Period } from "./types";
import type { GridView } from "./grid";
import type { FindingList } from "./findings";
import type { TableColumns } from "./layout";
import { readPeriodRow } from "./periodRow";
import { isOver, startsAfter } from "./periods";
import { snap } from "./rounding";
import { cellText } from "./text";

export interface IndicatorRows {
  targetRow: number;
  actualRow: number;
  /** Entries already read by the table's shape (src/core/shapes/entries.ts). */
  entries?: { target: PeriodEntry[]; actual: PeriodEntry[] };
  /** The indicator's key within its pledge: its name (`name#2` for a repeated name). */
  localKey: string;
}

/** The last known cumulative among entries; null when none was entered, NaN when unknown. */
function latestCumulative(entries: PeriodEntry[]): { value: number | null; cell: string | null } {
  let value: number | null = null;
  let cell: string | null = null;
  for (const e of entries) {
    if (!e.present) continue;
    value = e.cumulative;
    cell = e.cell;
  }
  return { value, cell };
}

export function readIndicator(
  grid: GridView,
  rows: IndicatorRows,
  columns: TableColumns,
  periods: Period[],
  asOf: string | null,
  findings: FindingList,
): Omit<Indicator, "reportedRate" | "rateStyle" | "rateFormat" | "key" | "kind"> & { rateArea: MergedArea | null } {
  const name = cellText(grid.shown(rows.targetRow, columns.name));
  const unit = columns.unit === null ? "" : cellText(grid.shown(rows.targetRow, columns.unit));
  const indicator = { name, key: rows.localKey };
  const targetEntries = rows.entries?.target ?? readPeriodRow(grid, rows.targetRow, columns.periods, "target", findings, { indicator, periods });
  const actualEntries = rows.entries?.actual ?? readPeriodRow(grid, rows.actualRow, columns.periods, "actual", findings, { indicator, periods });

  // Actuals for a period that starts after the as-of date are not due yet: flag, leave out.
  const inScope = actualEntries.map((e, i) => {
    if (!asOf || !e.present || !startsAfter(periods[i], asOf)) return e;
    findings.add("ACTUAL_AFTER_AS_OF", { cell: e.cell, role: "actual", indicator, period: periods[i].label }, { asOf, period: periods[i].label }, { found: cellText(e.raw) });
    return { ...e, present: false };
  });

  if (asOf) {
    periods.forEach((p, i) => {
      const t = targetEntries[i];
      const a = actualEntries[i];
      // Only a blank cell is missing: `-` says "nothing this period", as the message asks.
      if (isOver(p, asOf) && t?.present && (t.annual ?? 0) > 0 && a?.kind === "blank") {
        findings.add("MISSING_ACTUAL", { cell: a.cell, role: "actual", indicator, period: p.label }, { period: p.label, target: snap(t.annual ?? 0) });
      }
    });
  }

  const finalTarget = targetEntries.some((e) => e.present) ? targetEntries[targetEntries.length - 1].cumulative : null;
  const latest = latestCumulative(inScope);
  const actual = latest.value ?? (inScope.every((e) => e.readable) ? 0 : NaN);
  const picked = columns.rate >= 0 ? pickRateCell(grid, rows, columns.rate) : null;
  const rateCell = picked ? grid.address(picked.row, picked.col) : "";
  const lastTargetCell = targetEntries[targetEntries.length - 1]?.cell ?? grid.address(rows.targetRow, columns.label);

  let rate: number | null = null;
  if (finalTarget === null) {
    findings.add("NO_TARGET", { cell: lastTargetCell, role: "target", indicator }, { indicator: name });
  } else if (finalTarget <= 0) {
    findings.add("ZERO_TARGET", { cell: lastTargetCell, role: "target", indicator }, { indicator: name, target: snap(finalTarget) }, { found: snap(finalTarget) });
  } else if (!Number.isNaN(finalTarget) && !Number.isNaN(actual)) {
    // A negative actual total is already an error finding; the rate stays within 0..100.
    rate = Math.max(0, Math.min(100, (actual / finalTarget) * 100));
    if (actual > finalTarget && latest.cell) {
      findings.add(
        "OVER_ACHIEVEMENT",
        { cell: latest.cell, role: "actual", indicator },
        { actual: snap(actual), target: snap(finalTarget) },
        { expected: snap(finalTarget), found: snap(actual) },
      );
    }
  }
  return {
    name,
    unit,
    nameCell: grid.address(rows.targetRow, columns.name),
    targetEntries,
    actualEntries,
    target: finalTarget === null || Number.isNaN(finalTarget) ? null : finalTarget,
    actual: Number.isNaN(actual) ? null : actual,
    rate,
    rateCell,
    rateArea: picked?.foreign ?? null,
  };
}

/**
 * The rate sits in the pair's top cell (merged over both rows); unmerged sheets may write
 * it in the actual row. A merged area counts as the rate cell only when it starts in this
 * pair and stays inside it: one that starts above (another indicator's) or runs past the
 * pair (into the next indicator or card) is `foreign` — neither read nor written.
 */
function pickRateCell(grid: GridView, rows: IndicatorRows, col: number): { row: number; col: number; foreign: MergedArea | null } {
  const own = (row: number) => {
    const m = grid.merge(row, col);
    const inside = !m || (m.top >= rows.targetRow && m.bottom <= rows.actualRow && m.left === col);
    return { ...grid.master(row, col), foreign: inside ? null : (m as MergedArea) };
  };
  const top = own(rows.targetRow);
  if (!top.foreign && cellText(grid.raw(top.row, top.col)) !== "") return top;
  const bottom = own(rows.actualRow);
  if (!bottom.foreign && cellText(grid.raw(bottom.row, bottom.col)) !== "") return bottom;
  if (top.foreign) return { row: rows.targetRow, col, foreign: top.foreign };
  return top;
}
