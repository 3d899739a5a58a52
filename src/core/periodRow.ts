// Rule 1 over one target or actual row: each cumulative = previous cumulative + this
// period's annual value; no entry carries the cumulative on.
import type { PeriodEntry } from "./types";
import type { GridView } from "./grid";
import type { FindingList } from "./findings";
import { parsePeriodCell } from "./cells";
import { snap } from "./rounding";
import { cellText } from "./text";

export type RowKind = "target" | "actual";

const KOREAN: Record<RowKind, string> = { target: "목표", actual: "이행" };

function show(n: number): string {
  return String(snap(n));
}

/**
 * Reads a row's period cells and checks its running totals. A cell that cannot be
 * read makes the running total unknown (NaN) until a later cell writes a cumulative:
 * it is reported, never taken as 0.
 */
export function readPeriodRow(grid: GridView, row: number, columns: number[], kind: RowKind, findings: FindingList): PeriodEntry[] {
  const entries: PeriodEntry[] = [];
  let running = 0; // rule 1 over the annual values
  let base = 0; // what the next cell adds to: the previous cumulative as written
  for (const col of columns) {
    const cell = grid.address(row, col);
    const raw = grid.raw(row, col);
    const parsed = parsePeriodCell(raw);
    if (parsed.kind === "unreadable") {
      findings.add(
        "UNREADABLE_CELL",
        cell,
        parsed.reason === "formula"
          ? "수식의 계산 결과가 저장되어 있지 않아 값을 읽을 수 없습니다. Excel에서 다시 계산한 뒤 저장해 주세요."
          : `${KOREAN[kind]} 값을 읽을 수 없습니다. '8(16)'처럼 '연간(누계)' 형식으로 적어 주세요.`,
        { found: cellText(raw) },
      );
      running = NaN;
      base = NaN;
      entries.push({ cell, raw, present: true, annual: null, writtenCumulative: null, cumulative: NaN, readable: false });
      continue;
    }
    if (parsed.kind === "blank") {
      entries.push({ cell, raw, present: false, annual: null, writtenCumulative: null, cumulative: running, readable: true });
      continue;
    }
    const annual = parsed.annual ?? 0;
    const expected = snap(base + annual);
    if ((parsed.annual ?? 0) < 0 || (parsed.cumulative ?? 0) < 0) {
      findings.add("NEGATIVE_VALUE", cell, `${KOREAN[kind]} 값이 음수입니다. 실적이나 목표는 0보다 작을 수 없습니다.`, { found: cellText(raw) });
    }
    if (parsed.cumulative === null) {
      findings.add(
        "CUMULATIVE_NOT_SHOWN",
        cell,
        `괄호 안 누계가 없어 ${show(annual)}을(를) 이 기간의 연간 값으로 보고 누계를 ${Number.isNaN(expected) ? "알 수 없음" : show(expected)}(으)로 계산했습니다.`,
        { expected: Number.isNaN(expected) ? null : `${show(annual)}(${show(expected)})`, found: cellText(raw) },
      );
    } else if (!Number.isNaN(expected) && snap(parsed.cumulative) !== expected && snap(parsed.cumulative) !== snap(running + annual)) {
      // A cell that agrees with either the written chain or the true running total is
      // fine: only the cell where the chain breaks is flagged, not every cell after it.
      findings.add(
        kind === "target" ? "TARGET_CUMULATIVE_MISMATCH" : "ACTUAL_CUMULATIVE_MISMATCH",
        cell,
        `${KOREAN[kind]} 누계가 맞지 않습니다: 앞 누계 ${show(base)} + 이번 기간 ${show(annual)} = ${show(expected)}인데 ${show(parsed.cumulative)}(으)로 적혀 있습니다.`,
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
    entries.push({ cell, raw, present: true, annual: parsed.annual, writtenCumulative: parsed.cumulative, cumulative: running, readable: true });
  }
  return entries;
}
