// The command line: parses arguments, checks each file through the core, prints the
// report and summary and, with --fix, writes annotated copies and 요약.xlsx. It formats and
// moves; it decides nothing.
import { realpathSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { CheckOptions, Rules, Summary } from "../core";
import { parseArgs, USAGE, type CheckArgs } from "./args";
import { checkFile } from "./checkFile";
import { loadRules } from "./config";
import { writeAnnotatedCopy } from "./fix";
import { expandInputs, type Input } from "./inputs";
import { jsonDocument } from "./json";
import { uniqueName } from "./names";
import { plainFile, plainSummary, plainTally } from "./plain";
import { UnreadableFile } from "./readWorkbook";
import { exitCode, type FileReport } from "./report";
import { summarizeReports } from "./summary";
import { SUMMARY_FILE_NAME, writeSummaryWorkbook } from "./summaryWorkbook";

export interface Output {
  write(text: string): unknown;
}

export interface Io {
  stdout: Output;
  stderr: Output;
}

/** Above this many files a progress line per file goes to stderr. */
const PROGRESS_ABOVE = 5;

/** Runs one command line and returns the exit status (0 clean, 1 errors found, 2 unreadable/usage). */
export async function main(argv: string[], io: Io = process): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === "usage") {
    io.stderr.write(`오류: ${parsed.problem}\n\n${USAGE}\n`);
    return 2;
  }
  return check(parsed.args, io);
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const loaded = await loadRules(args.config);
  if ("problem" in loaded) {
    io.stderr.write(`오류: ${loaded.problem}\n`);
    return 2;
  }
  const { rules } = loaded;
  const inputs = await expandInputs(args.paths);
  if (args.fixOut !== null) {
    const clash = inputs.find((input) => input.problem === null && sameFolder(args.fixOut as string, dirname(input.path)));
    if (clash) {
      io.stderr.write(
        `오류: --out 폴더가 원본 파일(${clash.path})이 있는 폴더와 같습니다. 원본을 덮어쓰지 않도록 다른 폴더를 지정하세요.\n`,
      );
      return 2;
    }
  }
  const options: CheckOptions = { precision: args.precision, rules };
  const outputNames = new Set<string>();
  const reports: FileReport[] = [];
  for (const [index, input] of inputs.entries()) {
    if (inputs.length > PROGRESS_ABOVE) io.stderr.write(`[${index + 1}/${inputs.length}] ${basename(input.path)}\n`);
    const outPath = args.fixOut === null ? null : join(args.fixOut, uniqueName(basename(input.path), outputNames));
    const report = await checkOne(input, options, outPath);
    reports.push(report);
    if (!args.json) io.stdout.write(`${plainFile(report)}\n\n`);
  }
  const summary = summarizeReports(reports, rules);
  let summaryOutput: string | null = null;
  let code = exitCode(reports);
  if (args.fixOut !== null) {
    try {
      summaryOutput = await writeSummary(args.fixOut, reports, summary, args, rules, io);
    } catch (error) {
      io.stderr.write(`오류: 요약 파일을 쓰지 못했습니다: ${reason(error)}\n`);
      code = 2;
    }
  }
  if (args.json) io.stdout.write(`${JSON.stringify(jsonDocument(reports, summary, summaryOutput), null, 2)}\n`);
  else {
    io.stdout.write(`${plainSummary(summary, rules)}\n`);
    if (summaryOutput) io.stdout.write(`  → 요약 파일: ${summaryOutput}\n`);
    io.stdout.write(`\n${plainTally(reports)}\n`);
  }
  return code;
}

/** DIR/요약.xlsx next to the copies it links to; renamed when a copy already has that name. */
async function writeSummary(dir: string, reports: FileReport[], summary: Summary, args: CheckArgs, rules: Rules, io: Io): Promise<string> {
  const copies = new Set(reports.flatMap((report) => (report.output ? [basename(report.output)] : [])));
  const name = uniqueName(SUMMARY_FILE_NAME, new Set([...copies].map((copy) => copy.toLowerCase())));
  if (name !== SUMMARY_FILE_NAME) {
    io.stderr.write(`알림: 검토 사본 중 '${SUMMARY_FILE_NAME}'이(가) 있어 요약은 '${name}'에 썼습니다.\n`);
  }
  const path = join(dir, name);
  await mkdir(dir, { recursive: true });
  await writeSummaryWorkbook(path, summary, args.precision, copies, rules);
  return path;
}

async function checkOne(input: Input, options: CheckOptions, outPath: string | null): Promise<FileReport> {
  const report: FileReport = { path: input.path, error: input.problem, result: null, output: null };
  if (input.problem !== null) return report;
  try {
    const { workbook, result } = await checkFile(input.path, options);
    report.result = result;
    if (outPath === null) return report;
    try {
      await writeAnnotatedCopy(workbook, result, outPath, options);
      report.output = outPath;
    } catch (error) {
      report.error = `검토 사본을 쓰지 못했습니다: ${reason(error)}`;
    }
  } catch (error) {
    report.error = error instanceof UnreadableFile ? error.message : `읽는 중 예상하지 못한 오류가 났습니다: ${reason(error)}`;
  }
  return report;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

/** Compares real locations, so `./x`, `x/` and a symlink to x are one folder. */
function sameFolder(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Entry point of bin/pledge-check.js: sets the exit status, never prints a stack trace. */
export function run(argv: string[]): void {
  // A reader that stops early (`| head`) closes the pipe; that is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`오류: 예상하지 못한 문제로 멈췄습니다: ${reason(error)}\n`);
      process.exitCode = 2;
    },
  );
}
