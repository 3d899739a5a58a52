// The --json document. Field names are public (scripts read them); add, never rename.
// Kept apart so later issues can add top-level keys (e.g. "summary") in one place.
import type { Finding, Indicator, Pledge, SheetResult } from "../core";
import type { FileReport } from "./report";

export function jsonDocument(reports: FileReport[]): { files: unknown[] } {
  return { files: reports.map(jsonFile) };
}

function jsonFile(report: FileReport) {
  return {
    path: report.path,
    error: report.error,
    output: report.output,
    sheets: (report.result?.sheets ?? []).map(jsonSheet),
  };
}

function jsonSheet(sheet: SheetResult) {
  return { name: sheet.name, pledges: sheet.pledges.map(jsonPledge), findings: sheet.findings.map(jsonFinding) };
}

function jsonPledge(pledge: Pledge) {
  return {
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
    periods: pledge.periods.map((period) => period.label),
    indicators: pledge.indicators.map(jsonIndicator),
  };
}

function jsonIndicator(indicator: Indicator) {
  return {
    name: indicator.name,
    unit: indicator.unit,
    target: indicator.target,
    actual: indicator.actual,
    rate: indicator.rate,
    reportedRate: indicator.reportedRate,
    rateCell: indicator.rateCell,
    nameCell: indicator.nameCell,
  };
}

function jsonFinding(finding: Finding) {
  return {
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: finding.message,
    expected: finding.expected,
    found: finding.found,
    pledgeId: finding.pledgeId,
  };
}
