// Reading a target or an actual as period entries, whatever shape the table gives it:
//   - one row of `annual(cumulative)` cells (the fixtures) — readPeriodRow, rule 1;
//   - annual values and cumulatives apart (two rows, or two columns per period) — rule 1
//     between them, a mismatch flagged on the cumulative cell;
//   - cumulatives (or levels) only — each value is the total so far, never added up.
import type { CellValue, PeriodEntry } from "../types";
import type { GridView } from "../grid";
import type { FindingList } from "../findings";
import { parsePeriodCell, type PeriodCell } from "../cells";
import { readPeriodRow, type RowKind } from "../periodRow";
import { snap } from "../rounding";
import { cellText } from "../text";

export interface At {
  row: number;
  col: number;
}

const KOREAN: Record<RowKind, string> = { target: "목표", actual: "이행" };

export function rowCells(row: number, columns: number[]): At[] {
  return columns.map((col) => ({ row, col }));
}

function unreadable(grid: GridView, at: At, parsed: PeriodCell, kind: RowKind, findings: FindingList): void {
  if (parsed.kind !== "unreadable") return;
  findings.add(
    "UNREADABLE_CELL",
    grid.address(at.row, at.col),
    parsed.reason === "formula"
      ? "수식의 계산 결과가 저장되어 있지 않아 값을 읽을 수 없습니다. Excel에서 다시 계산한 뒤 저장해 주세요."
      : `${KOREAN[kind]} 값을 읽을 수 없습니다. 숫자로 적어 주세요.`,
    { found: cellText(grid.raw(at.row, at.col)) },
  );
}

function negative(grid: GridView, at: At, value: number | null, kind: RowKind, findings: FindingList): void {
  if (value !== null && value < 0) {
    findings.add("NEGATIVE_VALUE", grid.address(at.row, at.col), `${KOREAN[kind]} 값이 음수입니다. 실적이나 목표는 0보다 작을 수 없습니다.`, { found: cellText(grid.raw(at.row, at.col)) });
  }
}

/** The fixtures' row: delegates to rule 1 as it always was. */
export function combinedEntries(grid: GridView, row: number, columns: number[], kind: RowKind, findings: FindingList): PeriodEntry[] {
  return readPeriodRow(grid, row, columns, kind, findings);
}

/** Every present cell is a bare number (no `(cumulative)`): the row could be totals. */
export function allBare(grid: GridView, cells: At[]): boolean {
  let any = false;
  for (const at of cells) {
    const p = parsePeriodCell(grid.raw(at.row, at.col));
    if (p.kind === "blank") continue;
    if (p.kind !== "entry" || p.cumulative !== null) return false;
    any = true;
  }
  return any;
}

/** The numbers of the present cells, in order (a `(b)` pair gives b). */
export function presentValues(grid: GridView, cells: At[]): number[] {
  const out: number[] = [];
  for (const at of cells) {
    const p = parsePeriodCell(grid.raw(at.row, at.col));
    if (p.kind === "entry") out.push(p.cumulative ?? p.annual ?? 0);
  }
  return out;
}

export function nonDecreasing(values: number[]): boolean {
  return values.every((v, i) => i === 0 || v >= values[i - 1]);
}

/** Each value is the total (or level) so far; a blank carries it on. No running-total check. */
export function totalEntries(grid: GridView, cells: At[], kind: RowKind, findings: FindingList): PeriodEntry[] {
  const entries: PeriodEntry[] = [];
  let total = 0;
  for (const at of cells) {
    const raw = grid.raw(at.row, at.col);
    const cell = grid.address(at.row, at.col);
    const parsed = parsePeriodCell(raw);
    if (parsed.kind === "unreadable") {
      unreadable(grid, at, parsed, kind, findings);
      total = NaN;
      entries.push({ cell, raw, present: true, annual: null, writtenCumulative: null, cumulative: NaN, readable: false });
      continue;
    }
    if (parsed.kind === "blank") {
      entries.push({ cell, raw, present: false, annual: null, writtenCumulative: null, cumulative: total, readable: true });
      continue;
    }
    const value = parsed.cumulative ?? parsed.annual ?? total;
    negative(grid, at, value, kind, findings);
    const annual = Number.isNaN(total) ? null : snap(value - total);
    total = value;
    entries.push({ cell, raw, present: true, annual, writtenCumulative: value, cumulative: value, readable: true });
  }
  return entries;
}

/**
 * Annual values and cumulatives kept apart: cumulative = previous cumulative + annual. A
 * cumulative cell that agrees with the written chain or the true running total is fine, so
 * one typo is flagged once. `cumulative` may be empty (annual values only).
 */
export function annualAndTotalEntries(grid: GridView, annual: At[], cumulative: At[], kind: RowKind, findings: FindingList): PeriodEntry[] {
  const entries: PeriodEntry[] = [];
  let running = 0;
  let base = 0;
  annual.forEach((aAt, i) => {
    const kAt = cumulative[i];
    const aRaw = grid.raw(aAt.row, aAt.col);
    const kRaw: CellValue = kAt ? grid.raw(kAt.row, kAt.col) : null;
    const a = parsePeriodCell(aRaw);
    const k = parsePeriodCell(kRaw);
    const at = kAt && k.kind !== "blank" ? kAt : aAt;
    const cell = grid.address(at.row, at.col);
    const raw = at === kAt ? kRaw : aRaw;
    if (a.kind === "unreadable" || k.kind === "unreadable") {
      unreadable(grid, aAt, a, kind, findings);
      if (kAt) unreadable(grid, kAt, k, kind, findings);
      const written = k.kind === "entry" ? k.cumulative ?? k.annual : null;
      running = written ?? NaN;
      base = written ?? NaN;
      entries.push({ cell, raw, present: true, annual: null, writtenCumulative: written, cumulative: running, readable: written !== null });
      return;
    }
    const value = a.kind === "entry" ? a.annual ?? 0 : 0;
    const total = k.kind === "entry" ? k.cumulative ?? k.annual : null;
    if (a.kind === "blank" && total === null) {
      entries.push({ cell, raw, present: false, annual: null, writtenCumulative: null, cumulative: running, readable: true });
      return;
    }
    negative(grid, aAt, a.kind === "entry" ? a.annual : null, kind, findings);
    if (kAt) negative(grid, kAt, total, kind, findings);
    const expected = snap(base + value);
    if (total !== null && kAt && !Number.isNaN(expected) && snap(total) !== expected && snap(total) !== snap(running + value)) {
      findings.add(
        kind === "target" ? "TARGET_CUMULATIVE_MISMATCH" : "ACTUAL_CUMULATIVE_MISMATCH",
        grid.address(kAt.row, kAt.col),
        `${KOREAN[kind]} 누계가 맞지 않습니다: 앞 누계 ${snap(base)} + 이번 기간 ${snap(value)} = ${expected}인데 ${snap(total)}(으)로 적혀 있습니다.`,
        { expected, found: snap(total) },
      );
    }
    running = Number.isNaN(running) && total !== null ? total : snap(running + value);
    base = total ?? expected;
    entries.push({ cell, raw, present: true, annual: a.kind === "entry" ? a.annual : null, writtenCumulative: total, cumulative: running, readable: true });
  });
  return entries;
}
