// The worker a batch checks its files in (src/cli/isolate.ts): one file per message, in turn.
// It keeps the pledge numbers of the files before (sent as they come), for the duplicates
// across files, and answers each file with its report.
import { parentPort, workerData } from "node:worker_threads";
import type { CheckOptions, RunFile } from "../core";
import type { CheckArgs } from "./args";
import { checkOne, reason } from "./checkOne";
import { loadRules } from "./config";
import type { FileJob } from "./isolate";

const { args } = workerData as { args: CheckArgs };
const earlier: RunFile[] = [];
const ready: Promise<CheckOptions> = loadRules(args.config).then((loaded) => {
  if ("problem" in loaded) throw new Error(loaded.problem);
  return { precision: args.precision, rules: loaded.rules };
});

parentPort?.on("message", (job: FileJob) => {
  earlier.push(...job.earlier);
  void ready
    .then((options) => checkOne(job.input, options, job.outPath, args, job.identities, earlier))
    .then(
      (report) => parentPort?.postMessage({ report }),
      (error: unknown) => parentPort?.postMessage({ failure: reason(error) }),
    );
});
