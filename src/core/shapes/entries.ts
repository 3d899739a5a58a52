// Reading a target or an actual as period entries, whatever shape the table gives it:
//   - one row of `annual(cumulative)` cells (the fixtures) — readPeriodRow, rule 1;
//   - annual values and cumulatives apart (two rows, or two columns per period) — rule 1
//     between them, a mismatch flagged on the cumulative cell;
//   - cumulatives (or levels) only — each value is the total so far, never added up.
import type { CellValue, PeriodEntry } from "../types";
import type { GridView } from "../grid";
import type { FindingList } from "../findings";
import { parsePeriodCell, type PeriodCell } from "../cells";
import { readPeriodRow, type RowKind, type RowOwner } from "../periodRow";
import { snap } from "../rounding";
import { cellText } from "../text";

export interface At {
  row: number;
  col: number;
}

const KOREAN = { target: "목표", actual: "이행" } as const;

export function rowCells(row: number, columns: number[]): At[] {
  return columns.map((col) => ({ row, col }));
}

/** Where a finding on this cell is, and what it is about (the indicator, the period of column i). */
function place(grid: GridView, at: At, i: number, kind: RowKind, owner: RowOwner) {
  return { cell: grid.address(at.row, at.col), role: kind, indicator: owner.indicator, period: owner.periods[i]?.label ?? null };
}

function unreadable(grid: GridView, at: At, i: number, parsed: PeriodCell, kind: RowKind, owner: RowOwner, findings: FindingList): void {
  if (parsed.kind !== "unreadable") return;
  findings.add("UNREADABLE_CELL", place(grid, at, i, kind, owner), { source: "period", row: KOREAN[kind], reason: parsed.reason }, { found: cellText(grid.raw(at.row, at.col)) });
}

function negative(grid: GridView, at: At, i: number, value: number | null, kind: RowKind, owner: RowOwner, findings: FindingList): void {
  if (value !== null && value < 0) {
    findings.add("NEGATIVE_VALUE", place(grid, at, i, kind, owner), { row: KOREAN[kind] }, { found: cellText(grid.raw(at.row, at.col)) });
  }
}

/** Nothing written this period: a blank cell or a `-`. */
function empty(p: PeriodCell): p is { kind: "blank" } | { kind: "dash" } {
  return p.kind === "blank" || p.kind === "dash";
}

/** The fixtures' row: delegates to rule 1 as it always was. */
export function combinedEntries(grid: GridView, row: number, columns: number[], kind: RowKind, findings: FindingList, owner: RowOwner): PeriodEntry[] {
  return readPeriodRow(grid, row, columns, kind, findings, owner);
}

/** Every present cell is a bare number (no `(cumulative)`): the row could be totals. */
export function allBare(grid: GridView, cells: At[]): boolean {
  let any = false;
  for (const at of cells) {
    const p = parsePeriodCell(grid.raw(at.row, at.col));
    if (empty(p)) continue;
    if (p.kind !== "value" || p.cumulative !== null) return false;
    any = true;
  }
  return any;
}

/** The numbers of the present cells, in order (a `(b)` pair gives b). */
export function presentValues(grid: GridView, cells: At[]): number[] {
  const out: number[] = [];
  for (const at of cells) {
    const p = parsePeriodCell(grid.raw(at.row, at.col));
    if (p.kind === "value") out.push(p.cumulative ?? p.annual ?? 0);
  }
  return out;
}

export function nonDecreasing(values: number[]): boolean {
  return values.every((v, i) => i === 0 || v >= values[i - 1]);
}

/** Each value is the total (or level) so far; a blank carries it on. No running-total check. */
export function totalEntries(grid: GridView, cells: At[], kind: RowKind, findings: FindingList, owner: RowOwner): PeriodEntry[] {
  const entries: PeriodEntry[] = [];
  let total = 0;
  for (const [i, at] of cells.entries()) {
    const raw = grid.raw(at.row, at.col);
    const cell = grid.address(at.row, at.col);
    const parsed = parsePeriodCell(raw);
    if (parsed.kind === "unreadable") {
      unreadable(grid, at, i, parsed, kind, owner, findings);
      total = NaN;
      entries.push({ cell, raw, kind: "unreadable", present: true, annual: null, writtenCumulative: null, cumulative: NaN, readable: false });
      continue;
    }
    if (empty(parsed)) {
      entries.push({ cell, raw, kind: parsed.kind, present: false, annual: null, writtenCumulative: null, cumulative: total, readable: true });
      continue;
    }
    const value = parsed.cumulative ?? parsed.annual ?? total;
    negative(grid, at, i, value, kind, owner, findings);
    const annual = Number.isNaN(total) ? null : snap(value - total);
    total = value;
    entries.push({ cell, raw, kind: "value", present: true, annual, writtenCumulative: value, cumulative: value, readable: true });
  }
  return entries;
}

/**
 * Annual values and cumulatives kept apart: cumulative = previous cumulative + annual. A
 * cumulative cell that agrees with the written chain or the true running total is fine, so
 * one typo is flagged once. `cumulative` may be empty (annual values only).
 */
export function annualAndTotalEntries(grid: GridView, annual: At[], cumulative: At[], kind: RowKind, findings: FindingList, owner: RowOwner): PeriodEntry[] {
  const entries: PeriodEntry[] = [];
  let running = 0;
  let base = 0;
  annual.forEach((aAt, i) => {
    const kAt = cumulative[i];
    const aRaw = grid.raw(aAt.row, aAt.col);
    const kRaw: CellValue = kAt ? grid.raw(kAt.row, kAt.col) : null;
    const a = parsePeriodCell(aRaw);
    const k = parsePeriodCell(kRaw);
    const at = kAt && !empty(k) ? kAt : aAt;
    const cell = grid.address(at.row, at.col);
    const raw = at === kAt ? kRaw : aRaw;
    if (a.kind === "unreadable" || k.kind === "unreadable") {
      unreadable(grid, aAt, i, a, kind, owner, findings);
      if (kAt) unreadable(grid, kAt, i, k, kind, owner, findings);
      const written = k.kind === "value" ? k.cumulative ?? k.annual : null;
      running = written ?? NaN;
      base = written ?? NaN;
      entries.push({ cell, raw, kind: written !== null ? "value" : "unreadable", present: true, annual: null, writtenCumulative: written, cumulative: running, readable: written !== null });
      return;
    }
    const value = a.kind === "value" ? a.annual ?? 0 : 0;
    const total = k.kind === "value" ? k.cumulative ?? k.annual : null;
    if (empty(a) && total === null) {
      // A `-` in either cell says "nothing this period"; else the period is blank.
      entries.push({ cell, raw, kind: a.kind === "dash" || k.kind === "dash" ? "dash" : "blank", present: false, annual: null, writtenCumulative: null, cumulative: running, readable: true });
      return;
    }
    negative(grid, aAt, i, a.kind === "value" ? a.annual : null, kind, owner, findings);
    if (kAt) negative(grid, kAt, i, total, kind, owner, findings);
    const expected = snap(base + value);
    if (total !== null && kAt && !Number.isNaN(expected) && snap(total) !== expected && snap(total) !== snap(running + value)) {
      findings.add(
        kind === "target" ? "TARGET_CUMULATIVE_MISMATCH" : "ACTUAL_CUMULATIVE_MISMATCH",
        place(grid, kAt, i, kind, owner),
        { base: snap(base), annual: snap(value), expected, found: snap(total) },
        { expected, found: snap(total) },
      );
    }
    running = Number.isNaN(running) && total !== null ? total : snap(running + value);
    base = total ?? expected;
    entries.push({ cell, raw, kind: "value", present: true, annual: a.kind === "value" ? a.annual : null, writtenCumulative: total, cumulative: running, readable: true });
  });
  return entries;
}
