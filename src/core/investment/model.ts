// The 연도별 투자 계획 as read: its columns, its blocks (one per 사업) and their rows by 재원.
// Sheet rows and columns are 0-based; cells are A1 addresses.

export type InvestmentColumnKind = "total" | "before" | "subtotal" | "year" | "after";

export interface InvestmentColumn {
  col: number;
  kind: InvestmentColumnKind;
  /** Set for a year column. */
  year: number | null;
  /** As a message names it: 총계, 기 투자, 소계, 2023, 임기후. */
  label: string;
}

export interface InvestmentCell {
  cell: string;
  /** The amount read; null when the cell cannot be read (reported, never taken as 0). */
  value: number | null;
  /** Decimals the cell shows. */
  decimals: number;
}

export interface InvestmentRow {
  /** The 재원 cell's text as written (`국 비`). */
  label: string;
  role: "source" | "total" | "spent";
  /** The source's compact word (`국비`), for source rows. */
  source: string | null;
  labelCell: string;
  /** By column, in the order of `InvestmentPlan.columns`. */
  cells: InvestmentCell[];
}

export interface InvestmentBlock {
  /** The 사업 as written; "" when the table names none. */
  name: string;
  nameCell: string;
  rows: InvestmentRow[];
  /** Planned in total (the total row's 총계, else the sources' 총계 summed); null when unknown. */
  planned: number | null;
  /** Spent in total (the 집행액 row's 총계); null without such a row. */
  spent: number | null;
}

export interface InvestmentPlan {
  sheet: string;
  /** The title cell, else the 재원 heading: where a finding about the whole table goes. */
  anchorCell: string;
  /** `백만원`, `천원`, `억원`…; null when no unit line was found. */
  unit: string | null;
  unitCell: string | null;
  columns: InvestmentColumn[];
  blocks: InvestmentBlock[];
  /** The range the table occupies, e.g. "A40:K47". */
  range: string;
  /** What was not understood (one warning, no verdict); null when the reading is sure. */
  doubt: string | null;
  /** Summed over the blocks, in `unit`; null when any block's is unknown or the reading is unsure. */
  planned: number | null;
  spent: number | null;
}
