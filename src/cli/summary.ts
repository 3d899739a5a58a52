// The summary over every file of one run: the core's summaryRows per workbook that was
// read, then summarize. Files that could not be read contribute nothing.
import { basename } from "node:path";
import { checkRoster, summarize, summaryRows, type RosterEntry, type Rules, type Summary } from "../core";
import type { FileReport } from "./report";

export function summarizeReports(reports: FileReport[], rules?: Rules): Summary {
  return summarize(reports.flatMap((report) => (report.result ? summaryRows(report.result, rowFileName(report)) : [])), rules);
}

/** The name a pledge's row shows: its annotated copy when one was written (the link goes there). */
export function rowFileName(report: FileReport): string {
  return basename(report.output ?? report.path);
}

/** The run's summary, with the roster checks when a 공약 목록 was given (also the standalone page's). */
export function runSummary(reports: FileReport[], rules: Rules | undefined, roster: RosterEntry[] | null): Summary {
  const summary = summarizeReports(reports, rules);
  if (roster !== null) summary.roster = checkRoster(roster, summary.submitted);
  return summary;
}
