// How long the command takes to start, against merely loading exceljs in a bare Node process
// (the one library it cannot start without). Runs each as a child process, alternating, and
// takes medians:
//   cli.startup                   `node bin/pledge-check.js --help` (the compiled build/, as installed)
//   cli.load_exceljs              `node -e 'require("exceljs")'`
//   cli.startup_over_exceljs      their ratio, pair by pair; the goal is at most 1.15
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { type BenchLine, median } from "./check";

const ROOT = resolve(__dirname, "..");
const RUNS = 11;

function timed(args: string[]): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${args.join(" ")} failed (${child.status}): ${child.stderr}`);
  return ms;
}

export function benchStartup(): BenchLine[] {
  const cli = [join(ROOT, "bin", "pledge-check.js"), "--help"];
  const exceljs = ["-e", 'require("exceljs")'];
  timed(cli); // warm-up: the file cache
  timed(exceljs);
  const starts: number[] = [];
  const loads: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    starts.push(timed(cli));
    loads.push(timed(exceljs));
  }
  // Each start is compared with the load just after it, so a busy spell weighs on both sides.
  const ratio = median(starts.map((s, i) => s / loads[i]));
  return [
    { name: "cli.startup", value: Math.round(median(starts)), unit: "ms" },
    { name: "cli.load_exceljs", value: Math.round(median(loads)), unit: "ms" },
    { name: "cli.startup_over_exceljs", value: Number(ratio.toFixed(3)), unit: "x" },
  ];
}
