// What the page has loaded, kept in the worker: each file's bytes and its report, checked by
// the command line's own pipeline, so totals, findings and the summary are the command line's.
import { Buffer } from "buffer";
import { flagDuplicatesAcrossFiles, type RunFile, DEFAULT_RULES, SEVERITY_LABELS, isAccepted, type RosterEntry, type Rules } from "../../core";
import { rulesFromText } from "../../cli/config";
import { jsonDocument } from "../../cli/json";
import { plainSummary } from "../../cli/plain";
import { countFindings, runTally, UNEXPECTED_READ, type FileReport } from "../../cli/report";
import { rowFileName, runSummary } from "../../cli/summary";
import { UnreadableFile } from "../../cli/readWorkbook";
import { rosterFromBytes } from "../../cli/roster";
import type { BatchView, FileRow } from "../protocol";
import { checkPackage, packageBytes } from "./read";


export interface Loaded {
  name: string;
  bytes: Uint8Array;
  report: FileReport;
}

export class Batch {
  files: Loaded[] = [];
  rules: Rules = DEFAULT_RULES;
  roster: RosterEntry[] | null = null;
  rosterName: string | null = null;
  configName: string | null = null;
  rosterProblem: string | null = null;
  configProblem: string | null = null;

  get options() {
    return { precision: "auto" as const, rules: this.rules };
  }

  async add(name: string, bytes: Uint8Array): Promise<void> {
    this.files.push({ name, bytes, report: await checkOne(name, bytes, this, this.earlier(this.files.length)) });
  }

  /** New settings change every result: the files are checked again. */
  async setConfig(name: string, text: string | null): Promise<void> {
    this.configProblem = null;
    if (text === null) {
      this.rules = DEFAULT_RULES;
      this.configName = null;
    } else {
      const loaded = rulesFromText(text, name);
      if ("problem" in loaded) {
        this.configProblem = loaded.problem;
        return;
      }
      this.rules = loaded.rules;
      this.configName = name;
    }
    for (const [index, file] of this.files.entries()) file.report = await checkOne(file.name, file.bytes, this, this.earlier(index));
  }

  async setRoster(name: string, bytes: Uint8Array | null): Promise<void> {
    this.rosterProblem = null;
    if (bytes === null) {
      this.roster = null;
      this.rosterName = null;
      return;
    }
    try {
      this.roster = rosterFromBytes(packageBytes(Buffer.from(bytes)));
      this.rosterName = name;
    } catch (error) {
      this.rosterProblem = `공약 목록 ${name}: ${error instanceof UnreadableFile ? error.message : UNEXPECTED_READ}`;
    }
  }

  /** The files before `index`, whose pledge numbers a later card may repeat (as the command line runs them). */
  earlier(index: number): RunFile[] {
    return this.files.slice(0, index).flatMap((file) => (file.report.result ? [{ file: rowFileName(file.report), result: file.report.result }] : []));
  }

  reports(): FileReport[] {
    return this.files.map((file) => file.report);
  }

  summary() {
    return runSummary(this.reports(), this.rules, this.roster);
  }

  view(): BatchView {
    const reports = this.reports();
    const nothing = reports.length === 0 || reports.every((report) => report.result === null);
    return {
      rows: this.files.map((file, index) => row(file, index)),
      tally: runTally(reports, this.summary()),
      summary: nothing && this.roster === null ? [] : plainSummary(this.summary(), this.rules).split("\n"),
      problems: [this.rosterProblem, this.configProblem].filter((p): p is string => p !== null),
      roster: this.rosterName,
      config: this.configName,
    };
  }

  json(): string {
    return `${JSON.stringify(jsonDocument(this.reports(), this.summary(), null), null, 2)}\n`;
  }

  csv(): string {
    const lines = [["파일", "시트", "셀", "구분", "코드", "내용", "예상", "표에 적힌 값", "도움말", "공약 번호", "예외 사유"]];
    for (const file of this.files) {
      if (file.report.error !== null) lines.push([file.name, "", "", "읽을 수 없음", "", file.report.error, "", "", "", "", ""]);
      for (const sheet of file.report.result?.sheets ?? []) {
        for (const f of sheet.findings) {
          const severity = isAccepted(f) ? `예외(${SEVERITY_LABELS[f.severity]})` : SEVERITY_LABELS[f.severity];
          lines.push([file.name, sheet.name, f.cell, severity, f.code, f.message, f.expected ?? "", f.found ?? "", f.hint ?? "", f.pledgeId ?? "", f.accepted?.reason ?? ""].map(String));
        }
      }
    }
    // A BOM so that Excel opens the Korean text as UTF-8.
    return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
  }
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export async function checkOne(name: string, bytes: Uint8Array, batch: Batch, earlier: RunFile[] = []): Promise<FileReport> {
  const report: FileReport = { path: name, error: null, result: null, output: null, writeError: null, notices: [], detail: null };
  try {
    const checked = await checkPackage(Buffer.from(bytes), batch.options);
    report.result = checked.result;
    flagDuplicatesAcrossFiles(earlier, { file: rowFileName(report), result: checked.result });
    report.notices = [...checked.notices];
  } catch (error) {
    report.opened = true;
    report.error = error instanceof UnreadableFile ? error.message : UNEXPECTED_READ;
    report.detail = error instanceof UnreadableFile ? error.detail : String(error);
  }
  return report;
}

function row(file: Loaded, index: number): FileRow {
  const counts = countFindings([file.report]);
  const sheets = file.report.result?.sheets ?? [];
  const findings = sheets.flatMap((sheet) => sheet.findings);
  const pledges = sheets.flatMap((sheet) => sheet.pledges);
  return {
    index,
    name: file.name,
    department: pledges.find((pledge) => pledge.department)?.department ?? "",
    pledges: pledges.length,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    problem: file.report.error,
    firstError: findings.find((f) => f.severity === "error" && !isAccepted(f))?.message ?? null,
    notices: file.report.notices ?? [],
    findings,
  };
}
