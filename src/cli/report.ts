// What the command line learned about one file, before it is formatted.
import { isAccepted, type WorkbookResult } from "../core";

export interface FileReport {
  path: string;
  /** One-line Korean reason when the file could not be read or checked; null otherwise. */
  error: string | null;
  result: WorkbookResult | null;
  /** Where the annotated copy was written (--fix), else null. */
  output: string | null;
  /** Why the annotated copy was not written (--fix), in Korean; the file itself was read. */
  writeError?: string | null;
  /** Korean notes on what was read but not checked (a sheet too large, a missing part). */
  notices?: string[];
  /** false when the file could not even be opened (missing, a folder problem, not a file). */
  opened?: boolean;
  /** The English cause behind `error` or `writeError`, printed only with --verbose. */
  detail?: string | null;
}

/** Findings by severity; accepted ones (점검 예외, not lapsed) are counted apart. */
export function countFindings(reports: FileReport[]): Record<"error" | "warning" | "info" | "accepted", number> {
  const counts = { error: 0, warning: 0, info: 0, accepted: 0 };
  for (const report of reports) {
    for (const sheet of report.result?.sheets ?? []) {
      for (const finding of sheet.findings) counts[isAccepted(finding) ? "accepted" : finding.severity]++;
    }
  }
  return counts;
}

/** 2 when a file could not be read or its copy written, 1 when an error-severity finding not accepted exists, else 0. */
export function exitCode(reports: FileReport[]): number {
  if (reports.some((report) => report.error !== null || (report.writeError ?? null) !== null)) return 2;
  return countFindings(reports).error > 0 ? 1 : 0;
}
