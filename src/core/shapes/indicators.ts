// A table's indicators, read by shape and kind. When the reader is not sure what a row or
// an indicator means, it says so once per table (READING_UNCERTAIN) or once per indicator
// kind (INDICATOR_NOT_RATED), leaves those rates out and makes no verdict on the pledge rate.
import type { CellValue, Indicator, MergedArea, PeriodEntry } from "../types";
import type { GridView } from "../grid";
import { FindingList } from "../findings";
import type { TableLayout } from "../layout";
import type { RowKind, RowOwner } from "../periodRow";
import { readIndicator } from "../indicator";
import { parseA1 } from "../address";
import { readReported, type Reported } from "../reported";
import { rateForm } from "../rateForm";
import { startsAfter } from "../periods";
import { agreesAtOwnPrecision } from "../rounding";
import { cellText, compact } from "../text";
import { isWithdrawnName } from "../rules/labels";
import { detectKind, stageWord, type IndicatorKind } from "../kinds/kind";
import { groupRows, type GroupRow, type RowGroup } from "./groups";
import { allBare, annualAndTotalEntries, combinedEntries, nonDecreasing, presentValues, rowCells, totalEntries, type At } from "./entries";
import type { TableShape } from "./shapeNames";

/** An indicator with its rate cell as read, so the cell is read once. */
export interface IndicatorRow {
  indicator: Indicator;
  raw: CellValue;
  reported: Reported;
  /** Why the indicator may be left out of the mean: hidden rows or `(삭제)`; null when it counts. */
  withdrawn: "name" | "hidden" | null;
  /** A merged area that takes the rate cell over: neither read nor written. */
  area: MergedArea | null;
}

export interface TableRead {
  rows: IndicatorRow[];
  shape: TableShape;
  /** Some reading was not sure: no pledge-rate or headline verdict depends on it. */
  unsure: boolean;
}

interface Reading {
  entries: PeriodEntry[];
  /** What was not understood, for the one warning; null when the reading is sure. */
  doubt: string | null;
  /** Plain numbers under a cumulative label read as totals. */
  totals: boolean;
  /** Two rows (연간 and 누계) for this role. */
  split: boolean;
}

/** The period columns of a role: one row per indicator keeps its 실적 in columns of their own. */
function roleColumns(table: TableLayout, kind: RowKind): number[] {
  return kind === "actual" && table.columns.actual ? table.columns.actual : table.columns.periods;
}

function cellsOf(table: TableLayout, row: number, kind: RowKind): { annual: At[]; cumulative: At[] | null } {
  const cols = table.columns;
  return { annual: rowCells(row, roleColumns(table, kind)), cumulative: cols.cumulative ? rowCells(row, cols.cumulative) : null };
}

/** One role (target or actual) of an indicator, from the rows the group gives it. */
function sure(entries: PeriodEntry[], totals = false, split = false): Reading {
  return { entries, doubt: null, totals, split };
}

function labelOf(grid: GridView, table: TableLayout, r: GroupRow): string {
  return `'${cellText(grid.shown(r.row, table.columns.label))}'`;
}

function readRole(grid: GridView, table: TableLayout, rows: GroupRow[], kind: RowKind, indicatorKind: IndicatorKind, findings: FindingList, owner: RowOwner): Reading {
  if (rows.length === 1) {
    const [r] = rows;
    const { annual, cumulative } = cellsOf(table, r.row, kind);
    if (cumulative) return sure(annualAndTotalEntries(grid, annual, cumulative, kind, findings, owner));
    if (indicatorKind === "level") return sure(totalEntries(grid, annual, kind, findings, owner), true);
    if (r.span === "annual") return sure(annualAndTotalEntries(grid, annual, [], kind, findings, owner));
    if (r.span === "cumulative" && allBare(grid, annual)) {
      if (!nonDecreasing(presentValues(grid, annual))) {
        return { entries: totalEntries(grid, annual, kind, new FindingList(grid.name), owner), doubt: `${labelOf(grid, table, r)} 행의 숫자가 누계인데 줄어듭니다`, totals: true, split: false };
      }
      return sure(totalEntries(grid, annual, kind, findings, owner), true);
    }
    return sure(combinedEntries(grid, r.row, roleColumns(table, kind), kind, findings, owner));
  }
  const annualRow = rows.find((r) => r.span === "annual") ?? rows.find((r) => r.span === "plain");
  const totalRow = rows.find((r) => r.span === "cumulative");
  if (rows.length === 2 && annualRow && totalRow && !table.columns.cumulative) {
    const annual = rowCells(annualRow.row, table.columns.periods);
    const total = rowCells(totalRow.row, table.columns.periods);
    if (indicatorKind === "level") return sure(totalEntries(grid, total, kind, findings, owner), true, true);
    return sure(annualAndTotalEntries(grid, annual, total, kind, findings, owner), false, true);
  }
  return { entries: [], doubt: `${rows.map((r) => labelOf(grid, table, r)).join("·")} 행을 어떻게 합칠지`, totals: false, split: false };
}

/** Milestones: rated 100 only when the latest actual stage is the final target stage. */
function milestoneRate(grid: GridView, table: TableLayout, group: RowGroup, asOf: string | null): { target: string | null; actual: string | null } {
  const last = (role: "target" | "actual") => {
    let found: string | null = null;
    for (const r of group.rows.filter((x) => x.role === role)) {
      roleColumns(table, role).forEach((col, i) => {
        if (role === "actual" && asOf && startsAfter(table.periods[i], asOf)) return;
        const raw = grid.raw(r.row, col);
        const stage = stageWord(raw);
        if (stage) found = stage;
        else if (cellText(raw) !== "" && cellText(raw) !== "-") found = compact(cellText(raw));
      });
    }
    return found;
  };
  return { target: last("target"), actual: last("actual") };
}

/** Sum of the present values of entries read as totals (their annual reading), else the total. */
function summed(reading: Reading, total: number | null): number | null {
  if (!reading.totals) return total;
  let sum = 0;
  for (const e of reading.entries) if (e.present && e.writtenCumulative !== null) sum += e.writtenCumulative;
  return sum;
}

function cardPrefersSums(grid: GridView, read: { rate: number | null; rateCell: string; rateArea: MergedArea | null; target: number | null; actual: number | null }, t: Reading, a: Reading): boolean {
  const at = read.rateArea ? null : parseA1(read.rateCell);
  const reported = at ? readReported(grid.raw(at.row, at.col)).value : null;
  const target = summed(t, read.target);
  const actual = summed(a, read.actual);
  if (reported === null || read.rate === null || target === null || actual === null || target <= 0) return false;
  const alternative = Math.max(0, Math.min(100, (actual / target) * 100));
  return !agreesAtOwnPrecision(read.rate, reported) && agreesAtOwnPrecision(alternative, reported);
}

function emptyEntries(): PeriodEntry[] {
  return [];
}

export function readIndicatorTable(grid: GridView, table: TableLayout, asOf: string | null, reported: FindingList): TableRead {
  const cols = table.columns;
  const out: IndicatorRow[] = [];
  const doubts: { row: number; what: string }[] = table.doubt ? [{ row: table.subHeaderRow ?? table.headerRow, what: table.doubt }] : [];
  // A layout not understood: its cells are read for the record, but no finding is made on them.
  const findings = table.doubt ? new FindingList(grid.name) : reported;
  let totalsAt: { row: number; values: number[]; indicator: { name: string; key: string } } | null = null;
  const names = new Map<string, number>();
  let fourRows = false;
  let rateRow = false;
  let notRated = false;
  const lone = (row: number, what: "목표" | "이행") =>
    findings.add("BROKEN_ROW_PAIR", { cell: grid.address(row, cols.label), role: "row" }, { row: what }, { found: cellText(grid.shown(row, cols.label)) });

  for (const group of groupRows(grid, table)) {
    const targets: GroupRow[] = [];
    const actuals: GroupRow[] = [];
    let top = Infinity;
    let bottom = -Infinity;
    for (const r of group.rows) {
      if (r.role === "target") targets.push(r);
      else if (r.role === "actual") actuals.push(r);
      else rateRow = true;
      if (r.row < top) top = r.row;
      if (r.row > bottom) bottom = r.row;
    }
    if (targets.length === 0 || actuals.length === 0) {
      for (const r of targets) lone(r.row, "목표");
      for (const r of actuals) lone(r.row, "이행");
      continue;
    }
    const name = cellText(grid.shown(top, cols.name));
    // An indicator is known by its name within the pledge; a repeated name gets `#2`.
    const seen = (names.get(name) ?? 0) + 1;
    names.set(name, seen);
    const localKey = seen === 1 ? name : `${name}#${seen}`;
    const who = { name, key: localKey };
    const owner: RowOwner = { indicator: who, periods: table.periods };
    const unit = cols.unit === null ? "" : cellText(grid.shown(top, cols.unit));
    // The kind comes from the indicator's own cells: its period columns, never a 비고 beside them.
    let hasStage = false;
    const own = new Set([...cols.periods, ...(cols.cumulative ?? []), ...(cols.actual ?? [])]);
    for (const r of group.rows) {
      for (const c of grid.columnsWithValues(r.row)) {
        if (own.has(c) && stageWord(grid.raw(r.row, c)) !== null) hasStage = true;
      }
    }
    const kind = detectKind(name, unit, hasStage);
    let hidden = false;
    for (const r of group.rows) if (grid.isHidden(r.row)) hidden = true;
    const withdrawn = isWithdrawnName(name) ? "name" : hidden ? "hidden" : null;
    const rows = { targetRow: top, actualRow: bottom, localKey };

    let read: ReturnType<typeof readIndicator>;
    if (kind === "milestone" || kind === "decreasing") {
      // Read quietly for the record; no running-total verdict on stages or on a baseline rule.
      const quiet = new FindingList(grid.name);
      read = readIndicator(grid, { ...rows, entries: { target: emptyEntries(), actual: emptyEntries() } }, cols, table.periods, null, quiet);
      read = { ...read, target: null, actual: null, rate: null };
      const stages = kind === "milestone" ? milestoneRate(grid, table, group, asOf) : null;
      if (stages && stages.target !== null && stages.target === stages.actual) {
        read.rate = 100;
      } else {
        notRated = true;
        findings.add(
          "INDICATOR_NOT_RATED",
          { cell: grid.address(top, cols.name), role: "indicator", indicator: who },
          { indicator: name, kind, target: stages?.target ?? null, actual: stages?.actual ?? null },
          { found: kind === "milestone" ? "단계형" : "감소형" },
        );
      }
    } else {
      const t = readRole(grid, table, targets, "target", kind, findings, owner);
      const a = readRole(grid, table, actuals, "actual", kind, findings, owner);
      if (t.split || a.split) fourRows = true;
      for (const [reading, rs] of [[t, targets], [a, actuals]] as const) {
        if (reading.doubt) doubts.push({ row: rs[0].row, what: `'${name}'의 ${reading.doubt}` });
        if (reading.totals && kind === "count" && !reading.doubt && totalsAt === null && !reading.split) {
          totalsAt = { row: rs[0].row, values: presentValues(grid, rowCells(rs[0].row, cols.periods)), indicator: who };
        }
      }
      if (t.doubt || a.doubt) {
        const quiet = new FindingList(grid.name);
        read = { ...readIndicator(grid, { ...rows, entries: { target: t.entries, actual: a.entries } }, cols, table.periods, null, quiet), rate: null };
      } else {
        read = readIndicator(grid, { ...rows, entries: { target: t.entries, actual: a.entries } }, cols, table.periods, asOf, findings);
        // Totals read from plain numbers are a choice: if the card's own rate is the one the
        // other reading (annual values added up) gives, say so rather than call the rate wrong.
        if (kind === "count" && (t.totals || a.totals) && read.rate !== null && cardPrefersSums(grid, read, t, a)) {
          doubts.push({ row: top, what: `'${name}'의 괄호 없는 숫자(누계인지 연간 값인지: 카드의 이행률은 연간 값을 더한 쪽과 맞습니다)` });
          read = { ...read, rate: null };
        }
      }
    }
    const rateArea = read.rateArea;
    const at = parseA1(read.rateCell);
    const raw = at && !rateArea ? grid.raw(at.row, at.col) : null;
    const reported = readReported(raw);
    const form = rateForm(grid, read.rateCell || null, reported.style);
    // Spelled out rather than spread: one object shape for every indicator (a hot path on 650 sheets).
    const indicator: Indicator = {
      key: localKey,
      name: read.name,
      unit: read.unit,
      nameCell: read.nameCell,
      targetEntries: read.targetEntries,
      actualEntries: read.actualEntries,
      target: read.target,
      actual: read.actual,
      rate: read.rate,
      reportedRate: reported.value,
      rateCell: read.rateCell,
      rateStyle: form.style,
      kind,
      rateFormat: form.format,
    };
    out.push({ indicator, raw, reported, withdrawn, area: rateArea });
  }

  if (doubts.length > 0) {
    const what = doubts.slice(0, 3).map((d) => d.what).join(", ");
    reported.add("READING_UNCERTAIN", { cell: grid.address(doubts[0].row, cols.label), role: "table" }, { what, doubts: doubts.length }, { found: doubts.length });
  }
  if (totalsAt !== null) {
    const t = totalsAt as { row: number; values: number[]; indicator: { name: string; key: string } };
    findings.add("CUMULATIVE_READING", { cell: grid.address(t.row, cols.label), role: "row", indicator: t.indicator }, { values: t.values }, { found: t.values.join(", ") });
  }
  const shape: TableShape = cols.actual ? "one-row-per-indicator" : cols.cumulative ? "annual-cumulative-columns" : fourRows ? "four-rows" : rateRow ? "pairs-with-rate-row" : totalsAt ? "cumulative-only" : "row-pairs";
  if (table.doubt) for (const r of out) r.indicator.rate = null;
  return { rows: out, shape, unsure: doubts.length > 0 || notRated };
}
