// Rule 1 over one target or actual row: each cumulative = previous cumulative + this
// period's annual value; no entry carries the cumulative on.
import type { Period, PeriodEntry } from "./types";
import type { GridView } from "./grid";
import type { FindingList } from "./findings";
import { parsePeriodCell } from "./cells";
import { snap } from "./rounding";
import { cellText } from "./text";

export type RowKind = "target" | "actual";

const KOREAN = { target: "목표", actual: "이행" } as const;

/** The indicator a row belongs to, for the findings' identity. */
export interface RowOwner {
  indicator: { name: string; key: string };
  periods: Period[];
}

/**
 * Reads a row's period cells and checks its running totals. A cell that cannot be
 * read makes the running total unknown (NaN) until a later cell writes a cumulative:
 * it is reported, never taken as 0.
 */
export function readPeriodRow(grid: GridView, row: number, columns: number[], kind: RowKind, findings: FindingList, owner: RowOwner): PeriodEntry[] {
  const entries: PeriodEntry[] = [];
  let running = 0; // rule 1 over the annual values
  let base = 0; // what the next cell adds to: the previous cumulative as written
  columns.forEach((col, i) => {
    const cell = grid.address(row, col);
    const at = { cell, role: kind, indicator: owner.indicator, period: owner.periods[i]?.label ?? null };
    const raw = grid.raw(row, col);
    const parsed = parsePeriodCell(raw);
    if (parsed.kind === "unreadable") {
      findings.add("UNREADABLE_CELL", at, { source: "period", row: KOREAN[kind], reason: parsed.reason }, { found: cellText(raw) });
      running = NaN;
      base = NaN;
      entries.push({ cell, raw, kind: "unreadable", present: true, annual: null, writtenCumulative: null, cumulative: NaN, readable: false });
      return;
    }
    if (parsed.kind === "blank" || parsed.kind === "dash") {
      entries.push({ cell, raw, kind: parsed.kind, present: false, annual: null, writtenCumulative: null, cumulative: running, readable: true });
      return;
    }
    const annual = parsed.annual ?? 0;
    const expected = snap(base + annual);
    if ((parsed.annual ?? 0) < 0 || (parsed.cumulative ?? 0) < 0) {
      findings.add("NEGATIVE_VALUE", at, { row: KOREAN[kind] }, { found: cellText(raw) });
    }
    if (parsed.cumulative === null) {
      const known = !Number.isNaN(expected);
      findings.add(
        "CUMULATIVE_NOT_SHOWN",
        at,
        { annual: snap(annual), cumulative: known ? expected : null },
        { expected: known ? `${snap(annual)}(${expected})` : null, found: cellText(raw) },
      );
    } else if (!Number.isNaN(expected) && snap(parsed.cumulative) !== expected && snap(parsed.cumulative) !== snap(running + annual)) {
      // A cell that agrees with either the written chain or the true running total is
      // fine: only the cell where the chain breaks is flagged, not every cell after it.
      findings.add(
        kind === "target" ? "TARGET_CUMULATIVE_MISMATCH" : "ACTUAL_CUMULATIVE_MISMATCH",
        at,
        { base: snap(base), annual: snap(annual), expected, found: snap(parsed.cumulative) },
        { expected, found: snap(parsed.cumulative) },
      );
    }
    running = snap(running + annual);
    if (parsed.cumulative !== null) {
      base = parsed.cumulative;
      // After an unreadable cell, a written cumulative is the only way back to a known total.
      if (Number.isNaN(running)) running = parsed.cumulative;
    } else {
      base = expected;
    }
    entries.push({ cell, raw, kind: "value", present: true, annual: parsed.annual, writtenCumulative: parsed.cumulative, cumulative: running, readable: true });
  });
  return entries;
}
