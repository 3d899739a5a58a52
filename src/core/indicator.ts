// Rule 2 for one indicator: rate = min(100, latest actual cumulative ÷ final target
// cumulative × 100), plus the checks a reviewer wants on its two rows.
import type { Indicator, PeriodEntry, Period } from "./types";
import type { GridView } from "./grid";
import type { FindingList } from "./findings";
import type { TableColumns } from "./layout";
import { readPeriodRow } from "./periodRow";
import { endedBefore, startsAfter } from "./periods";
import { snap } from "./rounding";
import { cellText } from "./text";

export interface IndicatorRows {
  targetRow: number;
  actualRow: number;
  /** Entries already read by the table's shape (src/core/shapes/entries.ts). */
  entries?: { target: PeriodEntry[]; actual: PeriodEntry[] };
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
): Omit<Indicator, "reportedRate" | "rateStyle" | "kind"> {
  const name = cellText(grid.shown(rows.targetRow, columns.name));
  const unit = columns.unit === null ? "" : cellText(grid.shown(rows.targetRow, columns.unit));
  const targetEntries = rows.entries?.target ?? readPeriodRow(grid, rows.targetRow, columns.periods, "target", findings);
  const actualEntries = rows.entries?.actual ?? readPeriodRow(grid, rows.actualRow, columns.periods, "actual", findings);

  // Actuals for a period that starts after the as-of date are not due yet: flag, leave out.
  const inScope = actualEntries.map((e, i) => {
    if (!asOf || !e.present || !startsAfter(periods[i], asOf)) return e;
    findings.add("ACTUAL_AFTER_AS_OF", e.cell, `기준일(${asOf}) 이후 기간(${periods[i].label})의 실적입니다. 이행률 계산에서 제외했습니다.`, {
      found: cellText(e.raw),
    });
    return { ...e, present: false };
  });

  if (asOf) {
    periods.forEach((p, i) => {
      const t = targetEntries[i];
      const a = actualEntries[i];
      if (endedBefore(p, asOf) && t?.present && (t.annual ?? 0) > 0 && !a?.present) {
        findings.add("MISSING_ACTUAL", a.cell, `지난 기간(${p.label})에 목표(${snap(t.annual ?? 0)})가 있는데 실적이 비어 있습니다. 실적이 없으면 '-' 또는 '0'으로 적어 주세요.`, {
          expected: "실적 입력",
          found: cellText(a.raw) || "빈칸",
        });
      }
    });
  }

  const finalTarget = targetEntries.some((e) => e.present) ? targetEntries[targetEntries.length - 1].cumulative : null;
  const latest = latestCumulative(inScope);
  const actual = latest.value ?? (inScope.every((e) => e.readable) ? 0 : NaN);
  const rateCellRow = pickRateRow(grid, rows, columns);
  const rateCell = columns.rate >= 0 ? grid.address(rateCellRow.row, rateCellRow.col) : "";
  const lastTargetCell = targetEntries[targetEntries.length - 1]?.cell ?? grid.address(rows.targetRow, columns.label);

  let rate: number | null = null;
  if (finalTarget === null) {
    findings.add("NO_TARGET", lastTargetCell, `'${name}' 지표에 목표가 없어 이행률을 계산할 수 없습니다. 공약 이행률 평균에서 제외했습니다.`, {
      expected: "목표 입력",
      found: "목표 없음",
    });
  } else if (finalTarget <= 0) {
    findings.add("ZERO_TARGET", lastTargetCell, `'${name}' 지표의 최종 목표 누계가 ${snap(finalTarget)}(이)라 이행률을 계산할 수 없습니다. 공약 이행률 평균에서 제외했습니다.`, {
      found: snap(finalTarget),
    });
  } else if (!Number.isNaN(finalTarget) && !Number.isNaN(actual)) {
    // A negative actual total is already an error finding; the rate stays within 0..100.
    rate = Math.max(0, Math.min(100, (actual / finalTarget) * 100));
    if (actual > finalTarget && latest.cell) {
      findings.add("OVER_ACHIEVEMENT", latest.cell, `실적 누계(${snap(actual)})가 최종 목표 누계(${snap(finalTarget)})를 넘어 이행률을 100으로 봅니다.`, {
        expected: snap(finalTarget),
        found: snap(actual),
      });
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
  };
}

/** The rate sits in the pair's top cell (merged); unmerged sheets may write it in the actual row. */
function pickRateRow(grid: GridView, rows: IndicatorRows, columns: TableColumns): { row: number; col: number } {
  const top = grid.master(rows.targetRow, columns.rate);
  if (cellText(grid.raw(top.row, top.col)) !== "") return top;
  const bottom = grid.master(rows.actualRow, columns.rate);
  if (cellText(grid.raw(bottom.row, bottom.col)) !== "") return bottom;
  return top;
}
