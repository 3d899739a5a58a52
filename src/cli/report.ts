// What the command line learned about one file, before it is formatted.
import { isAccepted, type Summary, type WorkbookResult } from "../core";
import { withParticle } from "../core/josa";

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

/** `합계: 파일 N개, 공약 M개, 오류 E건, …`, the last line of a run (and the standalone page's totals). */
/** The run's totals line: a pledge whose card is in two files counts once, as in its 요약. */
export function runTally(reports: FileReport[], summary: Summary): string {
  return plainTally(reports, summary.submitted.length - summary.rows.length);
}

/** `copies`: cards of a pledge another file of the run already has (counted once, as in 요약). */
export function plainTally(reports: FileReport[], copies = 0): string {
  const counts = countFindings(reports);
  const unreadable = reports.filter((report) => report.error !== null).length;
  const unwritten = reports.filter((report) => report.writeError).length;
  const pledges = reports.reduce(
    (sum, report) => sum + (report.result?.sheets ?? []).reduce((n, sheet) => n + sheet.pledges.length, 0),
    0,
  ) - copies;
  const parts = [
    `파일 ${reports.length}개`,
    `공약 ${pledges}개`,
    `오류 ${counts.error}건`,
    `경고 ${counts.warning}건`,
    `참고 ${counts.info}건`,
  ];
  if (counts.accepted > 0) parts.push(`예외 ${counts.accepted}건`);
  if (unreadable > 0) parts.push(`읽지 못한 파일 ${unreadable}개`);
  if (unwritten > 0) parts.push(`사본을 쓰지 못한 파일 ${unwritten}개`);
  return `합계: ${parts.join(", ")}`;
}

/** Why --fix wrote no copy of a file: the copy would lose what exceljs cannot write back. */
export function unkeptRefusal(unkept: readonly string[]): string {
  return `검토 사본을 쓰지 않았습니다: 사본에는 ${withParticle(unkept.join(", "), "이/가")} 남지 않습니다. 그래도 쓰려면 --fix-anyway를 주세요.`;
}

/** A file that failed in a way no reader foresaw: the run goes on, the cause is for --verbose. */
export const UNEXPECTED_READ = "파일을 읽는 중 예상하지 못한 문제가 생겨 점검하지 못했습니다 (--verbose로 원인을 볼 수 있습니다).";
