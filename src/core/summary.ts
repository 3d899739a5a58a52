// The summary over many pledges, counted the way pledge evaluations count them.
import type { WorkbookResult } from "./types";
import { DEFAULT_RULES, isComplete, sectorOf, statusName, type Rules } from "./rules";
import type { RosterReport } from "./roster";
import { countOnce, type DuplicatePledge } from "./duplicates";
import { pledgeMoney, summarizeInvestment, type InvestmentSummary, type PledgeMoney } from "./investment/summary";

export type { InvestmentSummary, PledgeMoney, MoneyGroup } from "./investment/summary";

export interface SummaryRow {
  /** The workbook the pledge came from, when summarising several files. */
  file: string | null;
  sheet: string;
  id: string | null;
  title: string | null;
  department: string | null;
  status: string | null;
  /** As-of date yyyy-mm-dd: which copy of a pledge in two files is the newer. */
  asOf: string | null;
  /** Normalised status name, "" when none. */
  statusName: string;
  indicators: number;
  rate: number | null;
  reportedRate: number | null;
  errors: number;
  warnings: number;
  /** Where the link goes: the pledge's rate cell, else the table's first cell. */
  cell: string;
  /** Why a pledge is kept out of the means, in Korean; null when it is not. */
  mark: string | null;
  /** The card's 연도별 투자 계획 in its own unit; null when it has none. */
  investment?: PledgeMoney | null;
}

export interface Group {
  pledges: number;
  /** Mean of the unrounded rates of the pledges that have one; null when none has. */
  meanRate: number | null;
  /** Pledges in the group without a computable rate (counted, not averaged). */
  unrated: number;
}

export interface Summary {
  /** The pledges counted: one row per pledge number across files (countOnce). */
  rows: SummaryRow[];
  /** Every row read, copies of one pledge in several files included (the roster sees them all). */
  submitted: SummaryRow[];
  /** Pledge numbers found in more than one file, with the copy counted and why. */
  duplicates: DuplicatePledge[];
  pledges: number;
  byStatus: Record<string, number>;
  /** Pledges whose status counts as done (rules.completeStatuses) ÷ all pledges, from the counts. */
  completionRate: number | null;
  completed: number;
  meanRate: number | null;
  unrated: number;
  bySector: Record<string, Group>;
  byDepartment: Record<string, Group>;
  /** Held against the pledge roster (공약 목록), when one was given. */
  roster?: RosterReport;
  /** Planned and spent money across the cards, in one unit (InvestmentSummary.unit). */
  investment?: InvestmentSummary;
}

export { statusName, sectorOf } from "./rules";

function group(rows: SummaryRow[], keyOf: (r: SummaryRow) => string): Record<string, Group> {
  const out: Record<string, Group> = {};
  const sums: Record<string, { sum: number; n: number }> = {};
  for (const row of rows) {
    const key = keyOf(row);
    out[key] ??= { pledges: 0, meanRate: null, unrated: 0 };
    sums[key] ??= { sum: 0, n: 0 };
    out[key].pledges++;
    if (row.rate === null) out[key].unrated++;
    else {
      sums[key].sum += row.rate;
      sums[key].n++;
    }
  }
  for (const key of Object.keys(out)) out[key].meanRate = sums[key].n > 0 ? sums[key].sum / sums[key].n : null;
  return out;
}

export function summaryRows(result: WorkbookResult, file: string | null = null): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const sheet of result.sheets) {
    for (const pledge of sheet.pledges) {
      const marks = [
        pledge.rate === null ? "이행률 계산 불가" : null,
        pledge.department ? null : "부서 없음",
        pledge.status ? null : "추진상황 없음",
      ].filter(Boolean);
      rows.push({
        file,
        sheet: sheet.name,
        id: pledge.id,
        title: pledge.title,
        department: pledge.department,
        status: pledge.status,
        asOf: pledge.asOf,
        statusName: statusName(pledge.status),
        indicators: pledge.indicators.length,
        rate: pledge.rate,
        reportedRate: pledge.reportedRate ?? pledge.headlineRate,
        errors: pledge.counts.error,
        warnings: pledge.counts.warning,
        cell: pledge.rateCell ?? pledge.anchorCell,
        mark: marks.length > 0 ? marks.join(", ") : null,
        investment: pledgeMoney(pledge.investment),
      });
    }
  }
  return rows;
}

export function summarize(submitted: SummaryRow[], rules: Rules = DEFAULT_RULES): Summary {
  const { rows, duplicates } = countOnce(submitted);
  const byStatus: Record<string, number> = {};
  for (const row of rows) byStatus[row.statusName] = (byStatus[row.statusName] ?? 0) + 1;
  const completed = Object.entries(byStatus).reduce((n, [name, count]) => (isComplete(name, rules) ? n + count : n), 0);
  const overall = group(rows, () => "");
  return {
    rows,
    submitted,
    duplicates,
    pledges: rows.length,
    byStatus,
    completed,
    completionRate: rows.length > 0 ? (completed / rows.length) * 100 : null,
    meanRate: overall[""]?.meanRate ?? null,
    unrated: overall[""]?.unrated ?? 0,
    bySector: group(rows, (r) => sectorOf(r.id)),
    byDepartment: group(rows, (r) => r.department ?? ""),
    investment: summarizeInvestment(rows),
  };
}
