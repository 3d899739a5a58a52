// Finding 확인지표 tables on a sheet: the header row (and the 연간 | 누계 row under it, when
// each period has two columns), its columns, and the rows below it up to the closing
// 공약 이행률 row. Rows are read by what their 구분 label means, not by their position.
import type { Period } from "./types";
import type { GridView } from "./grid";
import { compact, cellText } from "./text";
import { parsePeriods, periodOutOfOrder } from "./periods";
import { withParticle } from "./josa";
import { DEFAULT_LABELS, isExtraColumnHeader, NAME_HEADERS, readRowLabel, subHeaderSpan, type LabelWords, type RowRole, type RowSpan } from "./rules";

export interface TableColumns {
  name: number;
  unit: number | null;
  label: number;
  /** Each period's column; with two columns per period, its 연간 column. */
  periods: number[];
  /** With two columns per period (`연간 | 누계`), each period's 누계 column; else null. */
  cumulative: number[] | null;
  /**
   * One row per indicator (`2022년 목표 | 2022년 실적 | …`): each period's 실적 column, while
   * `periods` holds the 목표 columns and `label` is the name column. Else null.
   */
  actual: number[] | null;
  /** -1 when the header has no 이행률 column. */
  rate: number;
}

export type BodyRow = { kind: RowRole; span: RowSpan; row: number } | { kind: "closing"; row: number };

export interface TableLayout {
  headerRow: number;
  /** The 연간 | 누계 row under the header, when there is one. */
  subHeaderRow: number | null;
  columns: TableColumns;
  periods: Period[];
  rows: BodyRow[];
  /** Row of the closing 공약 이행률 row; null when the table is cut short. */
  closingRow: number | null;
  /** Last row that belongs to the table. */
  lastRow: number;
  /** A part of the layout the reader did not understand (one warning, no verdict); else null. */
  doubt: string | null;
}

function isRateHeader(text: string): boolean {
  return /^이행률/.test(text) || /^달성률/.test(text);
}

/** A cheap first look, since every row of every sheet is asked whether it is a header. */
function mentionsIndicator(grid: GridView, row: number): boolean {
  for (const c of grid.columnsWithValues(row)) {
    const v = grid.raw(row, c);
    if (typeof v === "string" && compact(v).includes("지표")) return true;
  }
  return false;
}

/** The header row's columns, or null when this row is not a table header. */
function headerColumns(grid: GridView, row: number, labels: LabelWords): TableColumns | null {
  if (!mentionsIndicator(grid, row)) return null;
  let name = -1;
  let unit: number | null = null;
  let label = -1;
  let rate = -1;
  const filled = grid.columnsWithValues(row);
  for (const c of filled) {
    const text = compact(cellText(grid.raw(row, c)));
    if (text === "") continue;
    if (name < 0 && NAME_HEADERS.has(text)) name = c;
    else if (name >= 0 && unit === null && label < 0 && text === "단위") unit = c;
    else if (name >= 0 && label < 0 && text === "구분") label = c;
    else if (label >= 0 && rate < 0 && isRateHeader(text)) rate = c;
  }
  if (name >= 0 && label < 0) return wideColumns(grid, row, name, unit, rate, filled, labels);
  if (name < 0 || label < 0) return null;
  const periods: number[] = [];
  const lastFilled = filled.length > 0 ? filled[filled.length - 1] : label;
  const end = rate >= 0 ? rate : lastFilled + 1;
  for (let c = label + 1; c < end; c++) {
    if (grid.master(row, c).col !== c) continue; // a header merged over two columns is one period
    if (isExtraColumnHeader(cellText(grid.raw(row, c)))) continue; // 비고, 담당자, 산출근거: no period
    if (cellText(grid.raw(row, c)) !== "" || rate >= 0) periods.push(c);
  }
  // Trailing blank header cells without a rate column are not periods.
  while (rate < 0 && periods.length > 0 && cellText(grid.raw(row, periods[periods.length - 1])) === "") periods.pop();
  if (periods.length === 0) return null;
  return { name, unit, label, periods, cumulative: null, actual: null, rate };
}

/** `2022년 목표` → the period part and the role; null for any other header. */
export function periodRoleHeader(raw: unknown, labels: LabelWords = DEFAULT_LABELS): { period: string; role: "target" | "actual" } | null {
  const text = cellText(raw).replace(/\s*\(.*\)$/, "");
  // The longest word that ends the header (`추진실적` before `실적`), from the configured label words.
  const words = [...labels.target.map((w) => ({ w, role: "target" as const })), ...labels.actual.map((w) => ({ w, role: "actual" as const }))]
    .filter(({ w }) => w !== "" && text.endsWith(w))
    .sort((a, b) => b.w.length - a.w.length);
  if (words.length === 0) return null;
  const period = text.slice(0, text.length - words[0].w.length).trim();
  // An undated period (`임기말 목표`) still pairs its columns; UNKNOWN_PERIOD says so later.
  if (period === "" || /지표|단위|구분/.test(period)) return null;
  return { period, role: words[0].role };
}

/** One row per indicator: target and actual columns for each period, paired by period. */
function wideColumns(grid: GridView, row: number, name: number, unit: number | null, rate: number, filled: readonly number[], labels: LabelWords): TableColumns | null {
  const targets = new Map<string, number>();
  const actuals = new Map<string, number>();
  let rateCol = -1;
  for (const c of filled) {
    if (c <= name) continue;
    const text = compact(cellText(grid.raw(row, c)));
    if (rateCol < 0 && isRateHeader(text)) rateCol = c;
    const h = periodRoleHeader(grid.raw(row, c), labels);
    if (!h) continue;
    const key = compact(h.period);
    (h.role === "target" ? targets : actuals).set(key, c);
  }
  const keys = [...targets.keys()].filter((k) => actuals.has(k));
  if (keys.length === 0 || keys.length !== targets.size || keys.length !== actuals.size) return null;
  return { name, unit, label: name, periods: keys.map((k) => targets.get(k)!), cumulative: null, actual: keys.map((k) => actuals.get(k)!), rate: rate >= 0 ? rate : rateCol };
}

/**
 * Two columns per period under a two-row header: `2022` over `연간 | 누계`. Returns the
 * columns split into annual and cumulative, or null when the row below is no such row.
 */
function splitPeriods(grid: GridView, row: number, cols: TableColumns): TableColumns | null {
  const sub = row + 1;
  if (!grid.contains(sub, cols.label)) return null;
  const annual: number[] = [];
  const cumulative: number[] = [];
  const labelled = cols.periods.filter((c) => cellText(grid.raw(row, c)) !== "");
  const last = grid.columnsWithValues(sub);
  const end = cols.rate >= 0 ? cols.rate : (last[last.length - 1] ?? cols.label) + 1;
  for (const p of labelled) {
    const next = labelled.find((q) => q > p) ?? end;
    let a = -1;
    let k = -1;
    for (let c = p; c < next; c++) {
      const span = subHeaderSpan(cellText(grid.raw(sub, c)));
      if (span === "annual" && a < 0) a = c;
      else if (span === "cumulative" && k < 0) k = c;
    }
    if (a < 0 || k < 0) return null;
    annual.push(a);
    cumulative.push(k);
  }
  return { ...cols, periods: annual, cumulative };
}

function rowKind(grid: GridView, row: number, cols: TableColumns, labels: LabelWords): BodyRow["kind"] | "blank" | "other" {
  const lastText = cols.rate >= 0 ? cols.rate - 1 : Math.max(...cols.periods, ...(cols.cumulative ?? []), ...(cols.actual ?? []));
  let blank = true;
  for (const c of grid.columnsWithValues(row)) {
    if (c > lastText) break;
    const text = compact(cellText(grid.raw(row, c)));
    if (text === "") continue;
    blank = false;
    if (text.startsWith("공약이행률") || text.startsWith("공약달성률")) return "closing";
  }
  // One row per indicator: a named row is the indicator's row.
  if (cols.actual) return cellText(grid.raw(row, cols.name)) !== "" ? "target" : blank ? "blank" : "other";
  const label = readRowLabel(cellText(grid.shown(row, cols.label)), labels);
  if (label) return label.role;
  if (blank && (cols.rate < 0 || cellText(grid.raw(row, cols.rate)) === "")) return "blank";
  return "other";
}

/** Every table on the sheet, top to bottom. */
export function findTables(grid: GridView, labels: LabelWords = DEFAULT_LABELS): TableLayout[] {
  const tables: TableLayout[] = [];
  let row = grid.top;
  while (row <= grid.bottom) {
    const header = headerColumns(grid, row, labels);
    if (!header) {
      row++;
      continue;
    }
    const split = splitPeriods(grid, row, header);
    // 연간 / 누계 words under the periods that do not pair up: a header we do not understand.
    const doubt = !split && !header.actual && hasSubHeaderWords(grid, row + 1, header) ? "기간 아래 '연간·누계' 머리글" : null;
    const table = readBody(grid, row, split || doubt ? row + 1 : null, split ?? header, labels, doubt);
    tables.push(table);
    row = table.lastRow + 1;
  }
  return tables;
}

function hasSubHeaderWords(grid: GridView, row: number, cols: TableColumns): boolean {
  if (!grid.contains(row, cols.label)) return false;
  const end = cols.rate >= 0 ? cols.rate : Infinity;
  return grid.columnsWithValues(row).some((c) => c > cols.label && c < end && subHeaderSpan(cellText(grid.raw(row, c))) !== null);
}

function readBody(grid: GridView, headerRow: number, subHeaderRow: number | null, columns: TableColumns, labels: LabelWords, doubt: string | null = null): TableLayout {
  const rows: BodyRow[] = [];
  let closingRow: number | null = null;
  let lastRow = subHeaderRow ?? headerRow;
  for (let r = lastRow + 1; r <= grid.bottom; r++) {
    const kind = rowKind(grid, r, columns, labels);
    if (kind === "blank") continue;
    // A hidden spacer or note row changes nothing.
    if (kind === "other" && grid.isHidden(r)) continue;
    if (kind === "other") break;
    lastRow = r;
    if (kind === "closing") {
      rows.push({ kind, row: r });
      closingRow = r;
      break;
    }
    rows.push({ kind, span: readRowLabel(cellText(grid.shown(r, columns.label)), labels)?.span ?? "plain", row: r });
  }
  // With two columns per period, the period's name sits over its pair (merged or not).
  const periods = parsePeriods(
    columns.periods.map((c) => {
      let at = c;
      while (subHeaderRow !== null && at > columns.label + 1 && cellText(grid.shown(headerRow, at)) === "") at--;
      if (columns.actual) return periodRoleHeader(grid.shown(headerRow, at), labels)?.period ?? null;
      return grid.shown(headerRow, at);
    }),
  );
  // Running totals add periods in order: periods that overlap or go back are not added up.
  const back = periodOutOfOrder(periods);
  if (back >= 0 && doubt === null) doubt = `${withParticle(`기간 '${periods[back].label}'`, "이/가")} 앞 기간과 겹치거나 순서가 어긋남`;
  return { headerRow, subHeaderRow, columns, periods, rows, closingRow, lastRow, doubt };
}
