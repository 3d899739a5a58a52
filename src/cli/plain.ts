// The plain Korean report: one block per file, a line per finding, a final tally.
import { basename } from "node:path";
import { DEFAULT_RULES, duplicateText, formatRate, isAccepted, lapseNote, SEVERITY_LABELS, VALUE_LABELS, type Finding, type Pledge, type Rules, type Severity, type Summary } from "../core";
import type { FileReport } from "./report";
// The totals line lives beside the reports it counts, away from node:path, so the page shares it.
export { plainTally } from "./report";
import { plainRoster } from "./rosterPlain";
import { readingText } from "../core/layoutNames";
import { oneLine } from "./terminal";

export const SEVERITY_LABEL: Record<Severity, string> = SEVERITY_LABELS;

export function plainFile(report: FileReport, verbose = false): string {
  // A name on one line: a line break in a file or sheet name is shown escaped, like any control.
  const lines = [`■ ${oneLine(basename(report.path))}  (${oneLine(report.path)})`];
  const cause = verbose && report.detail ? `\n    (원인: ${report.detail})` : "";
  if (report.error !== null) {
    lines.push(`  읽을 수 없음: ${report.error}${cause}`);
    return lines.join("\n");
  }
  for (const notice of report.notices ?? []) lines.push(`  알림: ${notice}`);
  for (const sheet of report.result?.sheets ?? []) {
    if (sheet.pledges.length === 0 && sheet.findings.length === 0) continue;
    lines.push(`  [시트 ${oneLine(sheet.name)}]`);
    for (const pledge of sheet.pledges) lines.push(`    ${pledgeLine(pledge)}`);
    if (sheet.findings.length === 0) lines.push("    문제 없음");
    for (const finding of sheet.findings) lines.push(`    ${findingLine(finding)}`);
  }
  if (report.output) lines.push(`  → 검토 사본: ${report.output}`);
  if (report.writeError) lines.push(`  사본을 쓰지 못함: ${report.writeError}${cause}`);
  return lines.join("\n");
}

function pledgeLine(pledge: Pledge): string {
  const name = [pledge.id ?? "(번호 없음)", pledge.title ?? ""].join(" ").trim();
  const computed = pledge.rate === null ? "계산 불가" : formatRate(pledge.rate, pledge.precision);
  const reported = pledge.reportedRate === null ? "빈칸" : String(pledge.reportedRate);
  return `공약 ${name} · 이행률 계산 ${computed} / 표 ${reported} · ${readingText(pledge)}`;
}

function findingLine(finding: Finding): string {
  const detail: string[] = [];
  if (finding.expected !== null) detail.push(`${VALUE_LABELS.expected} ${finding.expected}`);
  if (finding.found !== null) detail.push(`${VALUE_LABELS.found} ${finding.found}`);
  if (finding.hint !== null) detail.push(`${VALUE_LABELS.hint}: ${finding.hint}`);
  const suffix = detail.length > 0 ? `  (${detail.join(", ")})` : "";
  // An accepted finding is still listed, marked 예외 with its reason; it no longer counts.
  if (finding.accepted && isAccepted(finding)) {
    return `예외(${SEVERITY_LABEL[finding.severity]}) ${finding.cell.padEnd(5)} ${finding.message}${suffix} — 사유: ${finding.accepted.reason}`;
  }
  const line = `${SEVERITY_LABEL[finding.severity]} ${finding.cell.padEnd(5)} ${finding.message}${suffix}`;
  return finding.lapsed ? `${line}\n      ※ ${lapseNote(finding)}` : line;
}

/** The summary over every pledge read: 공약 수, 추진상황별, 완료율, 평균 이행률, at the rules' summary precision (default 2: 40.46%). */
export function plainSummary(summary: Summary, rules: Rules = DEFAULT_RULES): string {
  const percent = (rate: number | null) => (rate === null ? "계산 불가" : `${formatRate(rate, rules.summaryPrecision)}%`);
  const lines = ["■ 요약 (읽은 모든 파일의 공약)"];
  if (summary.pledges === 0) {
    lines.push("  공약을 찾지 못해 요약할 것이 없습니다.");
    if (summary.roster) lines.push(plainRoster(summary.roster));
    return lines.join("\n");
  }
  const unrated = summary.unrated > 0 ? ` (이행률 계산 불가 ${summary.unrated}개 포함)` : "";
  const statuses = Object.entries(summary.byStatus).map(([name, count]) => `${name || "(추진상황 없음)"} ${count}개`);
  lines.push(`  공약 수: ${summary.pledges}개${unrated}`);
  lines.push(`  추진상황별: ${statuses.join(" · ")}`);
  lines.push(`  완료율: ${percent(summary.completionRate)} (완료 ${summary.completed}개 / 공약 ${summary.pledges}개)`);
  const rated = summary.pledges - summary.unrated;
  lines.push(`  평균 이행률: ${percent(summary.meanRate)} (이행률을 계산한 공약 ${rated}개의 평균)`);
  for (const d of summary.duplicates) lines.push(`  공약번호 중복 ${duplicateText(d)}`);
  if (summary.roster) lines.push(plainRoster(summary.roster));
  return lines.join("\n");
}

