// The command line: parses arguments, checks each file through the core, prints the
// report and summary and, with --fix, writes annotated copies and 요약.xlsx. It formats and
// moves; it decides nothing.
import { realpathSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { SUMMARY_SHEET_NAME, type CheckOptions, type RosterEntry, type RunFile, type Rules, type Summary } from "../core";
import { parseArgs, USAGE, type CheckArgs } from "./args";
import { reason } from "./checkOne";
import { runCompare } from "./compare";
import { loadRules } from "./config";
import { expandInputs, type Input } from "./inputs";
import { jsonDocument } from "./json";
import { markOf } from "./marker";
import { FolderLocked, lockOutFolder, outFolderProblem, type OutLock } from "./outFolder";
import { uniqueName } from "./names";
import { plainFile, plainSummary } from "./plain";
import { fileRunner } from "./isolate";
import { UnreadableFile } from "./readWorkbook";
import { readRosterFile } from "./roster";
import { exitCode, runTally, type FileReport } from "./report";
import { identify, inputAt, writeProblem, type FileIdentity } from "./safeWrite";
import { rowFileName, runSummary } from "./summary";
import { safeOutput } from "./terminal";
import { withParticle } from "../core/josa";

export interface Output {
  write(text: string): unknown;
}

export interface Io {
  stdout: Output;
  stderr: Output;
}

/** DIR/요약.xlsx (src/cli/summaryWorkbook.ts, loaded with exceljs only when it is written). */
const SUMMARY_FILE_NAME = `${SUMMARY_SHEET_NAME}.xlsx`;

/** Above this many files a progress line per file goes to stderr. */
const PROGRESS_ABOVE = 5;

/** Runs one command line and returns the exit status (0 clean, 1 errors found, 2 unreadable/usage). */
export async function main(argv: string[], io: Io = process): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === "version") {
    io.stdout.write(`pledge-check ${version()}\n`);
    return 0;
  }
  if (parsed.kind === "usage") {
    // One line on what was wrong, and where the whole usage is (not 40 lines of it).
    io.stderr.write(`오류: ${parsed.problem} (사용법: pledge-check --help)\n`);
    return 2;
  }
  // Plain output shows control characters from cells and names escaped; JSON stays exact.
  const safe: Io = { stdout: parsed.args.json ? io.stdout : safeOutput(io.stdout), stderr: safeOutput(io.stderr) };
  if (parsed.kind === "compare") return runCompare(parsed.args, safe);
  return check(parsed.args, safe);
}

/** The package's version, from package.json two folders up (src/cli or its compiled twin). */
function version(): string {
  try {
    return (createRequire(__filename)("../../package.json") as { version: string }).version;
  } catch {
    return "(알 수 없음)";
  }
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const loaded = await loadRules(args.config);
  if ("problem" in loaded) {
    io.stderr.write(`오류: ${loaded.problem}\n`);
    return 2;
  }
  const { rules } = loaded;
  let roster: RosterEntry[] | null = null;
  if (args.roster !== null) {
    try {
      roster = await readRosterFile(args.roster);
    } catch (error) {
      io.stderr.write(`오류: 공약 목록 ${args.roster}: ${error instanceof UnreadableFile ? error.message : reason(error)}\n`);
      return 2;
    }
  }
  if (args.fixOut === null) return checkInputs(args, rules, roster, io);
  // Decided before anything is walked or written: the out folder lies apart from every input.
  const problem = await outFolderProblem(args.fixOut, args.paths);
  if (problem) {
    io.stderr.write(`오류: ${problem}\n`);
    return 2;
  }
  let lock: OutLock;
  try {
    lock = await lockOutFolder(args.fixOut);
  } catch (error) {
    const why = error instanceof FolderLocked ? error.message : `--out 폴더를 쓸 수 없습니다: ${writeProblem(error)}${args.verbose ? ` (${reason(error)})` : ""}`;
    io.stderr.write(`오류: ${why}\n`);
    return 2;
  }
  try {
    return await checkInputs(args, rules, roster, io);
  } finally {
    await lock.release();
  }
}

async function checkInputs(args: CheckArgs, rules: Rules, roster: RosterEntry[] | null, io: Io): Promise<number> {
  const onOutputFolder = (folder: string) => io.stderr.write(`알림: ${withParticle(`'${folder}'`, "은/는")} 공약 점검이 쓴 출력 폴더(요약 파일이 있음)라 점검하지 않았습니다.\n`);
  // The roster may sit in the folder being checked; it is not a submission.
  const inputs = (await expandInputs(args.paths, { recursive: args.recursive, skip: args.fixOut === null ? [] : [args.fixOut], onOutputFolder })).filter(
    (input) => args.roster === null || resolve(input.path) !== resolve(args.roster),
  );
  const identities = await Promise.all(inputs.filter((input) => input.problem === null).map((input) => identify(input.path)));
  const outPaths = planOutputs(inputs, args.fixOut);
  if (args.fixOut !== null) {
    const refusal = await outputClash(args.fixOut, inputs, outPaths, identities);
    if (refusal) {
      io.stderr.write(`오류: ${refusal}\n`);
      return 2;
    }
  }
  const options: CheckOptions = { precision: args.precision, rules };
  const reports: FileReport[] = [];
  const earlier: RunFile[] = [];
  const runner = fileRunner(args, options);
  try {
    for (const [index, input] of inputs.entries()) {
      if (inputs.length > PROGRESS_ABOVE) io.stderr.write(`[${index + 1}/${inputs.length}] ${basename(input.path)}\n`);
      const report = await runner.check(input, outPaths[index], identities, earlier);
      reports.push(report);
      if (report.result) earlier.push({ file: rowFileName(report), result: report.result });
      if (!args.json) io.stdout.write(`${plainFile(report, args.verbose)}\n\n`);
    }
  } finally {
    await runner.close();
  }
  const summary = runSummary(reports, rules, roster);
  let summaryOutput: string | null = null;
  let code = exitCode(reports);
  if (args.fixOut !== null) {
    try {
      summaryOutput = await writeSummary(args.fixOut, reports, summary, args, rules, io, identities);
    } catch (error) {
      io.stderr.write(`오류: 요약 파일을 쓰지 못했습니다: ${writeProblem(error)}${args.verbose ? ` (${reason(error)})` : ""}\n`);
      code = 2;
    }
  }
  if (args.json) io.stdout.write(`${JSON.stringify(jsonDocument(reports, summary, summaryOutput), null, 2)}\n`);
  else {
    // Nothing could even be opened (a mistyped name): its error says it all, no empty 요약.
    const nothingOpened = reports.every((report) => report.opened === false);
    if (!nothingOpened) io.stdout.write(`${plainSummary(summary, rules)}\n`);
    if (summaryOutput) io.stdout.write(`  → 요약 파일: ${summaryOutput}\n`);
    io.stdout.write(`${nothingOpened ? "" : "\n"}${runTally(reports, summary)}\n`);
  }
  return code;
}

/** Where each input's copy goes (null without --fix): DIR/name, `name (2)` for a second alike. */
function planOutputs(inputs: Input[], dir: string | null): (string | null)[] {
  const taken = new Set<string>();
  return inputs.map((input) => (dir === null || input.problem !== null ? null : join(dir, uniqueName(basename(input.path), taken))));
}

/** Why --fix must not start: DIR is an input's folder, or an output would be an input (links too). */
async function outputClash(dir: string, inputs: Input[], outPaths: (string | null)[], identities: FileIdentity[]): Promise<string | null> {
  const sameFolder = inputs.find((input) => input.problem === null && canonical(dir) === canonical(dirname(input.path)));
  if (sameFolder) {
    return `--out 폴더가 원본 파일(${sameFolder.path})이 있는 폴더와 같습니다. 원본을 덮어쓰지 않도록 다른 폴더를 지정하세요.`;
  }
  for (const out of [...outPaths, join(dir, SUMMARY_FILE_NAME)]) {
    if (out === null) continue;
    const input = await inputAt(out, identities);
    if (input) {
      return `사본을 쓸 ${withParticle(`'${out}'`, "이/가")} 원본 파일 ${withParticle(`'${input.path}'`, "와/과")} 같은 파일입니다 (링크로 연결됨). 원본을 덮어쓰지 않도록 다른 폴더를 지정하세요.`;
    }
  }
  return null;
}

/** DIR/요약.xlsx next to the copies it links to; renamed when a copy already has that name. */
async function writeSummary(
  dir: string,
  reports: FileReport[],
  summary: Summary,
  args: CheckArgs,
  rules: Rules,
  io: Io,
  inputs: FileIdentity[],
): Promise<string> {
  const copies = new Set(reports.flatMap((report) => (report.output ? [basename(report.output)] : [])));
  const taken = new Set([...copies].map((copy) => copy.toLowerCase()));
  let name = uniqueName(SUMMARY_FILE_NAME, taken);
  if (name !== SUMMARY_FILE_NAME) {
    io.stderr.write(`알림: 검토 사본 중 ${withParticle(`'${SUMMARY_FILE_NAME}'`, "이/가")} 있어 요약은 '${name}'에 썼습니다.\n`);
  }
  // A 요약 there that pledge-check did not write (a submission, a hand-made one) is kept.
  while ((await stat(join(dir, name)).catch(() => null))?.isFile() && (await markOf(join(dir, name))) !== "요약") {
    const kept = name;
    name = uniqueName(SUMMARY_FILE_NAME, taken);
    io.stderr.write(`알림: ${withParticle(`'${join(dir, kept)}'`, "은/는")} 공약 점검이 쓴 요약이 아니라 그대로 두고, 요약은 '${name}'에 썼습니다.\n`);
  }
  const path = join(dir, name);
  const { writeSummaryWorkbook } = await import("./summaryWorkbook.js");
  await writeSummaryWorkbook(path, summary, args.precision, copies, inputs, rules);
  return path;
}


/** Compares real locations, so `./x`, `x/` and a symlink to x are one folder. */
export function sameFolder(a: string, b: string): boolean {
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
      process.stderr.write(`오류: 예상하지 못한 문제로 멈췄습니다.${argv.includes("--verbose") ? ` (${reason(error)})` : ""}\n`);
      process.exitCode = 2;
    },
  );
}
