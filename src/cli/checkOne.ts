// One input through the check and, with --fix, its copy: everything that happens to one file.
// It runs in a worker of its own when it can (src/cli/isolate.ts), so whatever a file does
// to memory, it is that file's message and the batch goes on.
import { basename } from "node:path";
import { flagDuplicatesAcrossFiles, type CheckOptions, type RunFile } from "../core";
import { withParticle } from "../core/josa";
import type { CheckArgs } from "./args";
import { checkFile, checkForCopy, isCopy, type CheckedFile } from "./checkFile";
import { writeAnnotatedCopy } from "./fix";
import type { Input } from "./inputs";
import { FileNotOpened, UnreadableFile } from "./readWorkbook";
import { UNEXPECTED_READ, unkeptRefusal, type FileReport } from "./report";
import { writeProblem, type FileIdentity } from "./safeWrite";

export function reason(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

/** `earlier`: the files of the run already checked, whose pledge numbers a later card may repeat. */
export async function checkOne(
  input: Input,
  options: CheckOptions,
  outPath: string | null,
  args: CheckArgs,
  inputs: FileIdentity[],
  earlier: RunFile[],
): Promise<FileReport> {
  const report: FileReport = { path: input.path, error: input.problem, result: null, output: null, writeError: null, notices: [], detail: input.detail ?? null };
  if (input.problem !== null) {
    report.opened = false;
    return report;
  }
  let checked: CheckedFile;
  try {
    // Both read the grids with the one reader; only a copy also loads exceljs to write.
    checked = outPath === null ? await checkFile(input.path, options) : await checkForCopy(input.path, options);
  } catch (error) {
    report.opened = !(error instanceof FileNotOpened);
    if (error instanceof UnreadableFile) {
      report.error = error.message;
      report.detail = error.detail;
    } else {
      report.error = UNEXPECTED_READ;
      report.detail = reason(error);
    }
    return report;
  }
  report.result = checked.result;
  flagDuplicatesAcrossFiles(earlier, { file: basename(outPath ?? input.path), result: checked.result });
  report.notices = [...checked.notices];
  if (outPath === null) return report;
  if (!isCopy(checked)) {
    if ("copyRefused" in checked) report.writeError = `검토 사본을 쓰지 못했습니다: ${String(checked.copyRefused)}`;
    return report;
  }
  if (checked.unkept.length > 0 && !args.fixAnyway) {
    report.writeError = unkeptRefusal(checked.unkept);
    return report;
  }
  try {
    const fix = await writeAnnotatedCopy(checked.workbook, checked.result, outPath, options, inputs);
    report.output = outPath;
    report.notices.push(...fix.refused);
    if (checked.unkept.length > 0) report.notices.push(`사본에는 ${withParticle(checked.unkept.join(", "), "이/가")} 남지 않았습니다 (--fix-anyway).`);
  } catch (error) {
    report.writeError = `검토 사본을 쓰지 못했습니다: ${writeProblem(error)}`;
    report.detail = reason(error);
  }
  return report;
}

