// Peak memory of the command line's check, each in a fresh process (maxRSS is per process):
//   cli.peak_rss.read.650         exceljs reading the 650-sheet workbook, alone
//   cli.peak_rss.650              the CLI's check of it (read + grids + core)
//   cli.peak_rss.stray_cells      a card plus stray values at XFD1 and A40000 (7 KB file)
//   cli.peak_rss.huge_merge       a card beside one merge J1:XFD1048576
// The goal is memory that grows with the cells present: the last two stay near a plain
// card's figure (cli.peak_rss.card), far from the 4 GB the used-range rectangle cost.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkFile } from "../src/cli/checkFile";
import { cardGrid, seedCard633 } from "../src/sample/cards";
import { tempFolder, writeGrids } from "../test/support/xlsx";
import { writeHugeMergeWorkbook, writeStrayCellWorkbook } from "../test/cli/hostileWorkbooks";
import { SHEETS, withBenchWorkbook, type BenchLine } from "./check";

type Task = "read" | "check";

/** In the child: run the task once and print the peak resident set in MB. */
async function child(task: Task, path: string): Promise<void> {
  if (task === "read") await new ExcelJS.Workbook().xlsx.readFile(path);
  else await checkFile(path, {});
  process.stdout.write(`${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
}

function peak(task: Task, path: string): number {
  const run = spawnSync(process.execPath, ["--import", "tsx", __filename, "child", task, path], { encoding: "utf8" });
  const mb = Number(run.stdout.trim().split("\n").at(-1));
  if (run.status !== 0 || !Number.isFinite(mb)) throw new Error(`memory child failed (${task} ${path}): ${run.stderr.slice(0, 500)}`);
  return mb;
}

export async function benchMemory(): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  await withBenchWorkbook(async (path) => {
    lines.push({ name: `cli.peak_rss.read.${SHEETS}`, value: peak("read", path), unit: "MB" });
    lines.push({ name: `cli.peak_rss.${SHEETS}`, value: peak("check", path), unit: "MB" });
  });
  const { dir, cleanup } = await tempFolder("pledge-check-bench-");
  try {
    const card = await writeGrids(join(dir, "card.xlsx"), [cardGrid(seedCard633())]);
    lines.push({ name: "cli.peak_rss.card", value: peak("check", card), unit: "MB" });
    lines.push({ name: "cli.peak_rss.stray_cells", value: peak("check", await writeStrayCellWorkbook(join(dir, "stray.xlsx"))), unit: "MB" });
    lines.push({ name: "cli.peak_rss.huge_merge", value: peak("check", await writeHugeMergeWorkbook(join(dir, "merge.xlsx"))), unit: "MB" });
  } finally {
    await cleanup();
  }
  return lines;
}

if (process.argv[2] === "child") {
  child(process.argv[3] as Task, process.argv[4]).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
