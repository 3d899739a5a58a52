// The public vocabulary of the core: what goes in (a sheet grid) and what comes out
// (pledges with computed rates, and findings). Adapters and the UI depend on these names.
import type { IndicatorKind } from "./kinds/kind";
import type { TableShape } from "./shapes/shapeNames";
export type { IndicatorKind, TableShape };

/** A cell's value as an adapter reads it; formulas arrive as their computed result. */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based and inclusive, in sheet coordinates (row 0 = Excel row 1). */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet as a rectangle of values. `values[r][c]` is the cell at sheet row
 * `originRow + r`, column `originCol + c` (0-based), so a used range that starts at
 * C5 keeps its real addresses. A merged area's value sits in its top-left cell.
 */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  merges: MergedArea[];
  originRow?: number;
  originCol?: number;
  /** 0-based sheet rows Excel hides, when the adapter can tell. */
  hiddenRows?: number[];
}

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable UPPER_SNAKE code; part of the public interface (see README). */
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address without `$`, e.g. "G7". */
  cell: string;
  /** Korean explanation shown to the user. */
  message: string;
  expected: string | number | null;
  found: string | number | null;
  /** The pledge this finding belongs to, when there is one. */
  pledgeId: string | null;
}

/** A column of the table: a year, or the end of the term such as `2026. 6.`. */
export interface Period {
  label: string;
  /** First and last month covered, as yyyy-mm; null when the header cannot be dated. */
  start: string | null;
  end: string | null;
}

/** One period cell of a target or actual row, as read. */
export interface PeriodEntry {
  cell: string;
  raw: CellValue;
  /** false for `-` or blank: no entry this period. */
  present: boolean;
  annual: number | null;
  /** The cumulative written in the cell (the number in parentheses), if any. */
  writtenCumulative: number | null;
  /** The running total by rule 1. */
  cumulative: number;
  readable: boolean;
}

export interface Indicator {
  name: string;
  unit: string;
  nameCell: string;
  targetEntries: PeriodEntry[];
  actualEntries: PeriodEntry[];
  /** Final target cumulative (end of term); null when there is no target at all. */
  target: number | null;
  /** Latest actual cumulative up to the as-of date; null when nothing was entered. */
  actual: number | null;
  /** Unrounded rate, null when it cannot be computed (no target, target 0). */
  rate: number | null;
  reportedRate: number | null;
  rateCell: string;
  /** How the reported rate cell was written: number, text, or text with `%`. */
  rateStyle: RateStyle;
  /** count · level · decreasing · milestone (src/core/kinds/kind.ts). */
  kind: IndicatorKind;
}

export type RateStyle = "number" | "text" | "percentText";

export interface Pledge {
  sheet: string;
  id: string | null;
  title: string | null;
  department: string | null;
  status: string | null;
  /** Status with spacing and markers removed, e.g. `완료후계속추진`. */
  statusKey: string | null;
  /** As-of date yyyy-mm-dd. */
  asOf: string | null;
  /** Unrounded mean of the computable indicator rates. */
  rate: number | null;
  /** The closing row's reported pledge rate. */
  reportedRate: number | null;
  rateCell: string | null;
  rateStyle: RateStyle;
  headlineRate: number | null;
  headlineCell: string | null;
  headlineStyle: RateStyle;
  /** Decimals the card shows (auto), used when writing rates. */
  precision: number;
  periods: Period[];
  indicators: Indicator[];
  /** Top-left cell of the card/table and the header row's first cell. */
  anchorCell: string;
  /** Range the table occupies, e.g. "A5:I10". */
  tableRange: string;
  /** The table layout recognised (src/core/shapes/shapeNames.ts). */
  layout: TableShape;
  /** How many findings of each severity the card has. */
  counts: Record<Severity, number>;
}

export interface SheetResult {
  name: string;
  pledges: Pledge[];
  findings: Finding[];
}

export interface WorkbookResult {
  sheets: SheetResult[];
}

/** Rounding precision setting: `auto` takes it from the card. */
export type PrecisionSetting = "auto" | 0 | 1 | 2;

export interface CheckOptions {
  precision?: PrecisionSetting;
}

/** A value the core decided to write into a rate cell. */
export interface CellWrite {
  sheet: string;
  cell: string;
  value: number | string;
  /** What was there before, kept for the note. */
  previous: CellValue;
}

/** How a finding is marked on its cell. */
export interface Flag {
  sheet: string;
  cell: string;
  severity: Severity;
  /** Note text: message(s), expected value, and any replaced value. */
  note: string;
  /** Fill colour as #RRGGBB. */
  color: string;
}
