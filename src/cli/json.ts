// The --json document. Field names are public (scripts read them); add, never rename.
// A file's `error` is a read failure (then it has no sheets); `writeError` says why its
// --fix copy was not written; `notices` what was read but not checked.
// Top-level keys: files (one per input, unreadable ones with their error), summary (over
// every pledge read), summaryOutput (the 요약 workbook written by --fix, else null).
import type { Finding, Group, Indicator, InvestmentPlan, Pledge, SheetResult, Summary } from "../core";
import type { FileReport } from "./report";

export function jsonDocument(
  reports: FileReport[],
  summary: Summary,
  summaryOutput: string | null,
): { files: unknown[]; summary: unknown; summaryOutput: string | null } {
  return { files: reports.map(jsonFile), summary: jsonSummary(summary), summaryOutput };
}

/** Rates unrounded, in percent; status keys normalised, "" for none; department "" for none. */
function jsonSummary(summary: Summary) {
  return {
    pledges: summary.pledges,
    byStatus: summary.byStatus,
    completed: summary.completed,
    completionRate: summary.completionRate,
    meanRate: summary.meanRate,
    unrated: summary.unrated,
    bySector: jsonGroups(summary.bySector),
    byDepartment: jsonGroups(summary.byDepartment),
    // One pledge number in several files: counted once, from `used` (why: laterAsOf | checkedFirst).
    duplicates: summary.duplicates,
    // 연도별 투자 계획 across the cards, in `unit` (백만원): planned, spent, share (%), by 분야 and department.
    investment: summary.investment ?? null,
    // Only with --roster: {missing, unknown, duplicates, departmentMismatch}.
    ...(summary.roster ? { roster: summary.roster } : {}),
  };
}

function jsonGroups(groups: Record<string, Group>) {
  return Object.fromEntries(
    Object.entries(groups).map(([key, group]) => [key, { pledges: group.pledges, meanRate: group.meanRate, unrated: group.unrated }]),
  );
}

function jsonFile(report: FileReport) {
  return {
    path: report.path,
    error: report.error,
    writeError: report.writeError ?? null,
    notices: report.notices ?? [],
    output: report.output,
    sheets: (report.result?.sheets ?? []).map(jsonSheet),
  };
}

function jsonSheet(sheet: SheetResult) {
  return { name: sheet.name, pledges: sheet.pledges.map(jsonPledge), findings: sheet.findings.map(jsonFinding) };
}

function jsonPledge(pledge: Pledge) {
  return {
    key: pledge.key,
    id: pledge.id,
    title: pledge.title,
    department: pledge.department,
    status: pledge.status,
    asOf: pledge.asOf,
    rate: pledge.rate,
    reportedRate: pledge.reportedRate,
    rateCell: pledge.rateCell,
    headlineRate: pledge.headlineRate,
    headlineCell: pledge.headlineCell,
    precision: pledge.precision,
    tableRange: pledge.tableRange,
    layout: pledge.layout,
    periods: pledge.periods.map((period) => period.label),
    indicators: pledge.indicators.map(jsonIndicator),
    investment: (pledge.investment ?? []).map(jsonInvestment),
  };
}

/** A 연도별 투자 계획 in its own unit; `doubt` says what was not understood (then no figures). */
function jsonInvestment(plan: InvestmentPlan) {
  return {
    sheet: plan.sheet,
    range: plan.range,
    unit: plan.unit,
    planned: plan.planned,
    spent: plan.spent,
    doubt: plan.doubt,
    columns: plan.columns.map((k) => k.label),
    blocks: plan.blocks.map((b) => ({ name: b.name, planned: b.planned, spent: b.spent, rows: b.rows.map((r) => ({ label: r.label, role: r.role, source: r.source, values: r.cells.map((c) => c.value) })) })),
  };
}

function jsonIndicator(indicator: Indicator) {
  return {
    key: indicator.key,
    name: indicator.name,
    unit: indicator.unit,
    target: indicator.target,
    actual: indicator.actual,
    rate: indicator.rate,
    reportedRate: indicator.reportedRate,
    rateCell: indicator.rateCell,
    nameCell: indicator.nameCell,
    kind: indicator.kind,
  };
}

function jsonFinding(finding: Finding) {
  return {
    key: finding.key,
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: finding.message,
    expected: finding.expected,
    found: finding.found,
    hint: finding.hint,
    pledgeId: finding.pledgeId,
    pledgeKey: finding.pledgeKey,
    indicatorKey: finding.indicatorKey,
    period: finding.period,
    role: finding.role,
    params: finding.params,
    // Only on findings a 점검 예외 row matches; lapsed: the cell changed since, so it counts again.
    ...(finding.accepted ? { accepted: finding.accepted, lapsed: finding.lapsed === true } : {}),
  };
}
