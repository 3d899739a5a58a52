// Whole-process medians on the 650-sheet benchmark workbook (issue 18, "Speed"):
//   cli.check_json.650          `pledge-check check FILE --json`, node start to exit
//   cli.sheetjs_read.650        node start + SheetJS (@e965/xlsx, bench only) reading FILE
//   cli.floor.650               node start + inflating every part of FILE with fflate
//   cli.check_over_sheetjs.650  their ratio; the goal is at most 0.5
//   cli.check_over_floor.650    their ratio; the goal is at most 2
// Each run is a fresh process, as a user's is; the three alternate so a slow spell of the
// machine weighs on all of them.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { median, withBenchWorkbook, SHEETS, type BenchLine } from "./check";

const REPO = join(__dirname, "..");
const RUNS = 7;

function timed(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

export function benchRatios(): Promise<BenchLine[]> {
  return withBenchWorkbook(async (path) => {
    const check = ["bin/pledge-check.js", "check", path, "--json"];
    const sheetjs = ["-e", `require("@e965/xlsx").readFile(${JSON.stringify(path)})`];
    const floor = ["-e", `const f = require("fflate"); f.unzipSync(require("fs").readFileSync(${JSON.stringify(path)}))`];
    for (const args of [check, sheetjs, floor]) timed(args); // warm-up: file cache
    const times: [number[], number[], number[]] = [[], [], []];
    for (let run = 0; run < RUNS; run++) [check, sheetjs, floor].forEach((args, i) => times[i].push(timed(args)));
    const [c, s, f] = times.map(median);
    return [
      { name: `cli.check_json.${SHEETS}`, value: Math.round(c), unit: "ms" },
      { name: `cli.sheetjs_read.${SHEETS}`, value: Math.round(s), unit: "ms" },
      { name: `cli.floor.${SHEETS}`, value: Math.round(f), unit: "ms" },
      { name: `cli.check_over_sheetjs.${SHEETS}`, value: Number((c / s).toFixed(3)), unit: "x" },
      { name: `cli.check_over_floor.${SHEETS}`, value: Number((c / f).toFixed(3)), unit: "x" },
    ];
  });
}

// `npx tsx bench/ratios.ts` prints these lines alone (after `npm run build:cli`).
if (require.main === module) {
  benchRatios().then(
    (lines) => lines.forEach((line) => console.log(`BENCH ${line.name} ${line.value} ${line.unit}`)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
