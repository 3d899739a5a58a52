// `pledge-check compare <이전.xlsx> <현재.xlsx>`: checks both files, asks the core what
// changed, prints it (plain or JSON) and, with --fix, writes a copy of the current file with
// each changed cell flagged. It formats and moves; the core decides.
import { basename, dirname, join } from "node:path";
import { compareWorkbooks, planChangeFlags, type Change, type CheckOptions, type Severity } from "../core";
import { checkFile, checkForCopy, isCopy, type CheckedFile } from "./checkFile";
import type { CompareArgs } from "./compareArgs";
import { paintFlags } from "./fix";
import { sameFolder, type Io } from "./main";
import { SEVERITY_LABEL } from "./plain";
import { UnreadableFile } from "./readWorkbook";
import { markPackage } from "./marker";
import { identify, writeAtomically, writeProblem } from "./safeWrite";

export async function runCompare(args: CompareArgs, io: Io): Promise<number> {
  if (args.fixOut !== null && sameFolder(args.fixOut, dirname(args.after))) {
    io.stderr.write(`오류: --out 폴더가 현재 파일(${args.after})이 있는 폴더와 같습니다. 원본을 덮어쓰지 않도록 다른 폴더를 지정하세요.\n`);
    return 2;
  }
  const errors: { path: string; error: string }[] = [];
  const before = await open(args.before, "이전", io, errors, checkFile);
  // Only the current file is copied (--out), so only it needs exceljs's workbook.
  const after = await open(args.after, "현재", io, errors, args.fixOut !== null ? checkForCopy : checkFile);
  if (!before || !after) {
    // A script reading --json still gets one document, with each file's reason.
    if (args.json) io.stdout.write(`${JSON.stringify({ before: args.before, after: args.after, changes: [], output: null, errors }, null, 2)}\n`);
    return 2;
  }
  const changes = compareWorkbooks(before.result, after.result);
  let output: string | null = null;
  let code = changes.some((c) => c.severity !== "info") ? 1 : 0;
  if (args.fixOut !== null) {
    try {
      output = join(args.fixOut, basename(args.after));
      if (!isCopy(after)) throw new Error("the current file was read without its workbook");
      paintFlags(after.workbook, planChangeFlags(changes));
      // Never into either input (a link or hard link in --out), through a temporary file.
      const inputs = await Promise.all([identify(args.before), identify(args.after)]);
      const bytes = await after.workbook.xlsx.writeBuffer();
      await writeAtomically(output, markPackage(new Uint8Array(bytes as ArrayBuffer), "검토 사본"), inputs, "검토 사본");
    } catch (error) {
      io.stderr.write(`오류: 비교 사본을 쓰지 못했습니다: ${writeProblem(error)}\n`);
      output = null;
      code = 2;
    }
  }
  if (args.json) {
    const doc = { before: args.before, after: args.after, changes: changes.map(jsonChange), output, errors: [] };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    io.stdout.write(`${plainChanges(args, changes)}\n`);
    if (output) io.stdout.write(`  → 비교 사본: ${output}\n`);
  }
  return code;
}

async function open<T extends CheckedFile>(
  path: string,
  which: string,
  io: Io,
  errors: { path: string; error: string }[],
  check: (path: string, options: CheckOptions) => Promise<T>,
): Promise<T | null> {
  try {
    return await check(path, {});
  } catch (error) {
    const message = error instanceof UnreadableFile ? error.message : `읽는 중 예상하지 못한 오류가 났습니다: ${reason(error)}`;
    io.stderr.write(`오류: ${which} 파일 ${path}: ${message}\n`);
    errors.push({ path, error: message });
    return null;
  }
}

/** Field names are public (scripts read them); add, never rename. */
function jsonChange(c: Change) {
  return {
    code: c.code,
    severity: c.severity,
    pledgeId: c.pledgeId,
    indicator: c.indicator,
    period: c.period,
    sheet: c.sheet,
    cell: c.cell,
    before: c.before,
    after: c.after,
    message: c.message,
  };
}

export function plainChanges(args: CompareArgs, changes: Change[]): string {
  const lines = [`■ 이전 제출과 비교: ${basename(args.before)} → ${basename(args.after)}`];
  if (changes.length === 0) lines.push("  바뀐 점이 없습니다.");
  let pledge: string | null | undefined;
  for (const c of changes) {
    if (c.pledgeId !== pledge) {
      pledge = c.pledgeId;
      lines.push(`  [공약 ${c.pledgeId ?? "(번호 없음)"}]`);
    }
    lines.push(`    ${SEVERITY_LABEL[c.severity]} ${place(c)}  ${c.message}`);
  }
  const count = (s: Severity) => changes.filter((c) => c.severity === s).length;
  lines.push("", `합계: 바뀐 점 ${changes.length}건 (오류 ${count("error")}건, 경고 ${count("warning")}건, 참고 ${count("info")}건)`);
  return lines.join("\n");
}

/** Where a change is: its cell, else its pledge and indicator (a removed pledge has no cell). */
function place(c: Change): string {
  if (c.sheet !== null && c.cell !== null) return `${c.sheet}!${c.cell}`;
  const pledge = `공약 ${c.pledgeId ?? "(번호 없음)"}`;
  return c.indicator !== null ? `${pledge} 지표 '${c.indicator}'` : pledge;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}
