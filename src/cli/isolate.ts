// Whatever one file does, it is one file: each file is read, checked and copied in a worker
// thread with a heap limit of its own (node:worker_threads `resourceLimits`). A file that runs
// the worker out of memory becomes that file's Korean message, the worker is started afresh
// for the next file, and the batch and its JSON stay whole. Run from the TypeScript sources
// (tests in-process) or from a one-file bundle, there is no worker script and files are
// checked in this thread as before.
import { existsSync } from "node:fs";
import { readdir, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import type { CheckOptions, RunFile } from "../core";
import type { CheckArgs } from "./args";
import { checkOne } from "./checkOne";
import type { Input } from "./inputs";
import { UNEXPECTED_READ, type FileReport } from "./report";
import type { FileIdentity } from "./safeWrite";

export interface FileJob {
  input: Input;
  outPath: string | null;
  identities: FileIdentity[];
  /** Files checked before this one that the worker has not been told of yet. */
  earlier: RunFile[];
}

export interface FileRunner {
  check(input: Input, outPath: string | null, identities: FileIdentity[], earlier: RunFile[]): Promise<FileReport>;
  close(): Promise<void>;
}

const WORKER_SCRIPT = join(__dirname, "fileWorker.js");

/** The worker's heap: this process's own limit (--max-old-space-size), unless set in MB. */
export function fileMemoryMb(): number {
  const set = Number(process.env.PLEDGE_CHECK_FILE_MEMORY_MB);
  return Number.isFinite(set) && set > 0 ? set : Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024);
}

export function tooLargeMessage(mb: number): string {
  return `이 파일은 너무 커서 한 파일에 쓸 수 있는 메모리(${mb}MB)를 넘어 점검하지 못했습니다. 다른 파일은 계속 점검합니다. 값이 없는 행·열이나 서식을 지운 뒤 다시 저장해 보세요.`;
}

export function fileRunner(args: CheckArgs, options: CheckOptions): FileRunner {
  if (!existsSync(WORKER_SCRIPT) || process.env.PLEDGE_CHECK_NO_WORKER === "1") {
    return { check: (input, outPath, identities, earlier) => checkOne(input, options, outPath, args, identities, earlier), close: async () => undefined };
  }
  return new WorkerRunner(args);
}

class WorkerRunner implements FileRunner {
  private worker: Worker | null = null;
  /** How many of the run's earlier files the current worker knows. */
  private told = 0;
  private readonly memoryMb = fileMemoryMb();

  constructor(private readonly args: CheckArgs) {}

  async check(input: Input, outPath: string | null, identities: FileIdentity[], earlier: RunFile[]): Promise<FileReport> {
    if (input.problem !== null) return checkOne(input, {}, outPath, this.args, identities, earlier);
    if (this.worker === null) {
      this.worker = new Worker(WORKER_SCRIPT, { workerData: { args: this.args }, resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
      this.told = 0;
    }
    const worker = this.worker;
    const job: FileJob = { input, outPath, identities, earlier: earlier.slice(this.told).map(pledgeNumbers) };
    this.told = earlier.length;
    const answer = await new Promise<{ report?: FileReport; failure?: string; died?: Error | number }>((resolve) => {
      const done = (value: { report?: FileReport; failure?: string; died?: Error | number }) => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        resolve(value);
      };
      const onMessage = (value: { report?: FileReport; failure?: string }) => done(value);
      const onError = (error: Error) => done({ died: error });
      const onExit = (code: number) => done({ died: code });
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(job);
    });
    if (answer.report) return answer.report;
    const report: FileReport = { path: input.path, error: null, result: null, output: null, writeError: null, notices: [], opened: true, detail: null };
    if (answer.failure !== undefined) {
      report.error = UNEXPECTED_READ;
      report.detail = answer.failure;
      return report;
    }
    // The worker is gone (out of memory, or killed): the next file gets a fresh one.
    this.worker = null;
    await worker.terminate().catch(() => undefined);
    if (outPath !== null) await removeTemporaries(outPath);
    const died = answer.died;
    const outOfMemory = died instanceof Error && (died as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
    report.error = outOfMemory ? tooLargeMessage(this.memoryMb) : "이 파일을 점검하는 중 점검 작업이 멈춰 점검하지 못했습니다. 다른 파일은 계속 점검합니다.";
    report.detail = died instanceof Error ? died.message : `worker exited with code ${String(died)}`;
    return report;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** What the duplicates across files need of an earlier file: its pledges' numbers and places. */
function pledgeNumbers(file: RunFile): RunFile {
  const sheets = file.result.sheets.map((sheet) => ({ name: sheet.name, pledges: sheet.pledges.map((p) => ({ id: p.id, sheet: p.sheet, anchorCell: p.anchorCell })) }));
  return { file: file.file, result: { sheets } as unknown as RunFile["result"] };
}

/** A copy cut short leaves its temporary file (safeWrite.ts names it `.name.pid-….tmp`). */
async function removeTemporaries(outPath: string): Promise<void> {
  const prefix = `.${basename(outPath)}.${process.pid}-`;
  const names = await readdir(dirname(outPath)).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith(prefix) && name.endsWith(".tmp")).map((name) => unlink(join(dirname(outPath), name)).catch(() => undefined)));
}
