// The downloads that are workbooks: what `--fix --out 폴더` writes (one annotated copy per file
// plus 요약.xlsx linking to them), zipped; and 요약.xlsx alone. The command line's own
// annotate/summaryWorkbook and its names, refusals and notes.
import { Buffer } from "buffer";
import { zipSync } from "fflate";
import { flagDuplicatesAcrossFiles } from "../../core";
import { annotate } from "../../cli/fix";
import { uniqueName } from "../../cli/names";
import { unkeptRefusal, type FileReport } from "../../cli/report";
import { rowFileName, runSummary } from "../../cli/summary";
import { SUMMARY_FILE_NAME, summaryWorkbook } from "../../cli/summaryWorkbook";
import type { Batch } from "./batch";
import { checkPackage } from "./read";

/** The copies and 요약.xlsx as one .zip, and each file's report as --fix would leave it. */
export async function copiesZip(batch: Batch): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  const reports: FileReport[] = [];
  for (const file of batch.files) {
    const report: FileReport = { ...file.report, notices: [...(file.report.notices ?? [])] };
    reports.push(report);
    if (report.error !== null) continue;
    const name = uniqueName(baseName(file.name), taken);
    const checked = await checkPackage(Buffer.from(file.bytes), batch.options);
    const earlier = reports.flatMap((r) => (r !== report && r.result ? [{ file: rowFileName(r), result: r.result }] : []));
    flagDuplicatesAcrossFiles(earlier, { file: name, result: checked.result });
    report.result = checked.result;
    if (checked.unkept.length > 0) {
      report.writeError = unkeptRefusal(checked.unkept);
      continue;
    }
    const fix = annotate(checked.workbook, checked.result, batch.options);
    entries[name] = new Uint8Array((await checked.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    report.output = name;
    report.notices!.push(...fix.refused);
  }
  const summary = runSummary(reports, batch.rules, batch.roster);
  const copies = new Set(Object.keys(entries));
  const summaryName = uniqueName(SUMMARY_FILE_NAME, new Set([...copies].map((copy) => copy.toLowerCase())));
  entries[summaryName] = new Uint8Array((await summaryWorkbook(summary, "auto", copies, batch.rules).xlsx.writeBuffer()) as ArrayBuffer);
  const problems = reports.filter((report) => report.writeError).map((report) => `${report.path}: ${report.writeError}`);
  if (problems.length > 0) entries["사본을 쓰지 못한 파일.txt"] = new TextEncoder().encode(`${problems.join("\r\n")}\r\n`);
  return zipSync(entries, { level: 6 });
}

/** 요약.xlsx alone: no copies beside it, so no links. */
export async function summaryOnly(batch: Batch): Promise<Uint8Array> {
  return new Uint8Array((await summaryWorkbook(batch.summary(), "auto", new Set(), batch.rules).xlsx.writeBuffer()) as ArrayBuffer);
}

function baseName(path: string): string {
  return path.split("/").pop() ?? path;
}
