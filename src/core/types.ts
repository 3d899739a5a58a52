// The public vocabulary of the core: what goes in (a sheet grid) and what comes out
// (pledges with computed rates, and findings). Adapters and the UI depend on these names.
import type { IndicatorKind } from "./kinds/kind";
import type { TableShape } from "./shapes/shapeNames";
export type { IndicatorKind, TableShape };
import type { FindingCode, FindingParams } from "./catalogue";
import type { Rules } from "./rules/options";
import type { InvestmentPlan } from "./investment/model";
export type { InvestmentPlan, InvestmentBlock, InvestmentRow, InvestmentCell, InvestmentColumn, InvestmentColumnKind } from "./investment/model";

/**
 * A cell's value as the core reads it (GridView): a percent-formatted number as the text it
 * shows (`86%`), a date serial under a date format as ISO text, an error as its text.
 */
export type CellValue = string | number | boolean | null;

/** An error value stored in a cell (`#DIV/0!`), kept apart from text that happens to read the same. */
export interface CellError {
  error: string;
}

/**
 * What a cell stores: a number (date serials included, as numbers), text, a boolean, an
 * error, or nothing. A formula stores its cached result here (its text in `formulas`).
 */
export type StoredValue = string | number | boolean | null | CellError;

/** Whether a sheet tab shows: Excel's Visible / Hidden / VeryHidden (hidden from the Unhide list too). */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A merged area, 0-based and inclusive, in sheet coordinates (row 0 = Excel row 1). */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet as it is STORED: adapters move cells, they never interpret them (reading a
 * percent, a date, an error or a merged label is src/core/storedValue.ts and grid.ts).
 * `values[r][c]` is the cell at sheet row `originRow + r`, column `originCol + c` (0-based),
 * so a used range that starts at C5 keeps its real addresses. `formats` and `formulas` are
 * parallel to `values` (same origin, same indexes). The arrays may be sparse (holes for
 * empty rows and cells, e.g. `values[39999] = [v]`): memory grows with the cells present,
 * never with the area they span. A merged area's value sits in its top-left cell.
 */
export interface SheetGrid {
  name: string;
  values: StoredValue[][];
  merges: MergedArea[];
  originRow?: number;
  originCol?: number;
  /**
   * Each cell's number format code as stored (`0%`, `0.0%`, `yyyy-mm-dd`, `@`), parallel to
   * `values`; a hole, null or `General` is General. A format on an empty cell counts: a rate
   * written into an empty `0%` cell is stored as a fraction.
   */
  formats?: (string | null | undefined)[][];
  /** A formula's text without `=`, parallel to `values`, when the adapter knows it; its cached result is in `values` (null: none cached). */
  formulas?: (string | null | undefined)[][];
  /** 0-based sheet rows Excel hides, when the adapter can tell. */
  hiddenRows?: number[];
  /** 0-based sheet columns Excel hides, when the adapter can tell. */
  hiddenColumns?: number[];
  /** The sheet tab's visibility; absent means visible. */
  visibility?: SheetVisibility;
  /** The workbook's date system (the same on every sheet): true for 1904, absent or false for 1900. */
  date1904?: boolean;
}

export type Severity = "error" | "warning" | "info";

/** A value a finding compares: a number where the check computed one, else the cell's text. */
export type FindingValue = string | number | null;

/** What part of a pledge a finding is about; part of the finding's key. */
export type FindingRole =
  | "target"
  | "actual"
  | "indicatorRate"
  | "pledgeRate"
  | "headline"
  | "pledgeId"
  | "period"
  | "asOf"
  | "header"
  | "table"
  | "row"
  | "status"
  | "department"
  /** One indicator as a whole (its name cell): its kind, or whether it counts in the mean. */
  | "indicator"
  /** A cell or the whole of the 연도별 투자 계획 (the finding's `period` names 사업/재원/열). */
  | "investment";

interface FindingFields {
  severity: Severity;
  sheet: string;
  /** A1 address without `$`, e.g. "G7": where the finding is, not what it is. */
  cell: string;
  /** Korean explanation shown to the user, rendered from the code's template. */
  message: string;
  /** Values only: a number where the check computed one, else text as written. */
  expected: FindingValue;
  found: FindingValue;
  /** What to write there, for the user (e.g. `부서명`); shown labelled as a hint, never as a value. */
  hint: string | null;
  /** The pledge this finding belongs to, when there is one (its number as written). */
  pledgeId: string | null;
  /** The stable key of that pledge (see Pledge.key). */
  pledgeKey: string | null;
  /** The indicator's name and stable key, for findings about one indicator. */
  indicator: string | null;
  indicatorKey: string | null;
  /** The period's header label, for findings about one period cell. */
  period: string | null;
  role: FindingRole;
  /** Stable identity: code, pledge key, indicator key, period and role (never the address). */
  key: string;
  /** Set when a row of the 점검 예외 sheet accepts this finding (see exceptions.ts). */
  accepted?: Acceptance;
  /** True when the cell changed after it was accepted: the finding counts again. */
  lapsed?: boolean;
}

/** Why a finding was accepted, and the cell's content (as text) when it was. */
export interface Acceptance {
  reason: string;
  value: string;
  /** When it was accepted, as written in 일시; null when blank. */
  at: string | null;
}

/** One finding: a case of the catalogue's union, with that code's typed parameters. */
export type Finding = { [C in FindingCode]: FindingFields & { code: C; params: FindingParams[C] } }[FindingCode];

/** A column of the table: a year, or the end of the term such as `2026. 6.`. */
export interface Period {
  label: string;
  /** First and last day covered, as yyyy-mm-dd (src/core/periods.ts); null when the header cannot be dated. */
  start: string | null;
  end: string | null;
}

/** One period cell of a target or actual row, as read. */
export interface PeriodEntry {
  cell: string;
  raw: CellValue;
  /** blank · dash (`-`, explicitly nothing this period) · value · unreadable. */
  kind: "blank" | "dash" | "value" | "unreadable";
  /** false for `-` or blank: no entry this period (and for actuals left out after the as-of date). */
  present: boolean;
  annual: number | null;
  /** The cumulative written in the cell (the number in parentheses), if any. */
  writtenCumulative: number | null;
  /** The running total by rule 1. */
  cumulative: number;
  readable: boolean;
}

export interface Indicator {
  /** Stable identity: the pledge's key and the indicator's name. */
  key: string;
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
  /** The rate cell's percent number format (`0%`), when it has one. */
  rateFormat: string | null;
}

/** How a rate cell holds its value: a number, text, `86%` text, or a number under a percent format (0.86 as `0%`). */
export type RateStyle = "number" | "text" | "percentText" | "percentNumber";

export interface Pledge {
  /**
   * Stable identity: `pledge:6-3-3` by number; without one, sheet and title
   * (`sheet:시트|title:제목`). A second card with the same key gets `#2`.
   */
  key: string;
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
  rateFormat: string | null;
  headlineRate: number | null;
  headlineCell: string | null;
  headlineStyle: RateStyle;
  headlineFormat: string | null;
  /** Decimals the card shows (auto), used when writing rates. */
  precision: number;
  periods: Period[];
  indicators: Indicator[];
  /** Top-left cell of the card/table and the header row's first cell. */
  anchorCell: string;
  /** Where the status is (else its label, else the anchor) and the as-of line; for comparing submissions. */
  statusCell?: string;
  asOfCell?: string | null;
  /** Range the table occupies, e.g. "A5:I10". */
  tableRange: string;
  /** The table layout recognised (src/core/shapes/shapeNames.ts). */
  layout: TableShape;
  /** How many findings of each severity the card has. */
  counts: Record<Severity, number>;
  /** The card's 연도별 투자 계획 tables (on the card, or on a sheet of their own with the same number). */
  investment?: InvestmentPlan[];
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
  /** The rules a planning office may set (README "Configuration"); defaults when absent. */
  rules?: Rules;
}

/** A value the core decided to write into a rate cell, with its number format. */
export interface CellWrite {
  sheet: string;
  cell: string;
  /** What the cell stores: a finite number, or text. */
  value: number | string;
  /** The number format to set (`0%`, `@` for text); null leaves the cell's format as it is. */
  numberFormat: string | null;
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
