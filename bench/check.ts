// How much the command line's check costs over merely opening the workbook with exceljs.
// Builds a 650-sheet department workbook, then times (median of a few runs):
//   cli.read.650                  exceljs workbook.xlsx.readFile alone
//   cli.check.650                 the CLI's check of the file (`pledge-check check`): the
//                                 package read by the one reader (src/xlsx), grids, core check
//   cli.check_over_read.650       their ratio; the goals are at most 1.25 and 1.05
//   cli.check_copy.650            the same check through exceljs's workbook, as a run that
//                                 writes a copy (--fix) does before writing
//   cli.check_copy_over_read.650  its ratio to the read
// The workbook builder and the timing helpers are shared with bench/summary.ts.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createRequire } from "node:module";
import { addGridSheet } from "../src/cli/gridSheet";
import { cardGrid, sampleDepartmentCards, type CardSpec } from "../src/sample/cards";
import { tempFolder } from "../test/support/xlsx";
import { addLayoutSheet } from "../test/support/layouts";
import { mixedLayoutCards } from "../src/sample/layouts/corpus";

// The command runs the JavaScript compiled at install (build/, `prepare`); time that, not
// tsx's on-the-fly transform of the sources (`npm run bench` compiles first).
const requireBuilt = createRequire(import.meta.url);
const { checkFile, checkForCopy } = requireBuilt("../build/cli/checkFile.js") as typeof import("../src/cli/checkFile");

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
}

/** Sheets (one pledge card each) in the bench workbook, shared by bench/summary.ts. */
export const SHEETS = 650;
export const RUNS = 9;

/** Sample cards with their numbers shifted, so the sheets are not copies of one another. */
function variedCard(index: number): CardSpec {
  const cards = sampleDepartmentCards();
  const base = cards[index % cards.length];
  const bump = (value: unknown) =>
    typeof value === "string" ? value.replace(/\d+/g, (n) => String(Number(n) + (index % 7))) : value;
  return {
    ...base,
    sheet: `${index + 1}-${base.id}`.slice(0, 31),
    id: `${Math.floor(index / 30) + 1}-${Math.floor(index / 5) % 6 + 1}-${index % 5 + 1}`,
    indicators: base.indicators.map((indicator) => ({
      ...indicator,
      actual: indicator.actual.map((cell) => (index % 3 === 0 ? bump(cell) : cell)) as CardSpec["indicators"][number]["actual"],
    })),
  };
}

async function buildWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (let i = 0; i < SHEETS; i++) addGridSheet(workbook, cardGrid(variedCard(i)));
  await workbook.xlsx.writeFile(path);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function time(task: () => unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** Builds the 650-sheet department workbook in a temporary folder, runs `task` on it, cleans up. */
export async function withBenchWorkbook<T>(task: (path: string, dir: string) => Promise<T>): Promise<T> {
  const { dir, cleanup } = await tempFolder("pledge-check-bench-");
  try {
    const path = join(dir, `department-${SHEETS}.xlsx`);
    await buildWorkbook(path);
    return await task(path, dir);
  } finally {
    await cleanup();
  }
}

interface Timing {
  readMs: number;
  checkMs: number;
  ratio: number;
  copyMs: number;
  copyRatio: number;
}

/** Reads and checks `path` RUNS times, each check beside a read: medians and median paired ratios. */
async function readAndCheck(path: string): Promise<Timing> {
  const read = () => new ExcelJS.Workbook().xlsx.readFile(path);
  const sheets = ({ result }: { result: { sheets: unknown[] } }) => {
    if (result.sheets.length !== SHEETS) throw new Error(`expected ${SHEETS} sheets, got ${result.sheets.length}`);
  };
  const check = async () => sheets(await checkFile(path, {}));
  const copy = async () => sheets(await checkForCopy(path, {}));
  await read(); // warm-up: JIT and file cache
  await check();
  await copy();
  const reads: number[] = [];
  const checks: number[] = [];
  const copies: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    reads.push(await time(read));
    checks.push(await time(check));
    copies.push(await time(copy));
  }
  // Each check is compared with the read just before it, so a slow spell of the machine
  // (another process, a GC pause) weighs on both sides of one ratio.
  return {
    readMs: median(reads),
    checkMs: median(checks),
    ratio: median(checks.map((c, i) => c / reads[i])),
    copyMs: median(copies),
    copyRatio: median(copies.map((c, i) => c / reads[i])),
  };
}

export function benchCheck(): Promise<BenchLine[]> {
  return withBenchWorkbook(async (path) => {
    const { readMs, checkMs, ratio, copyMs, copyRatio } = await readAndCheck(path);
    return [
      { name: `cli.read.${SHEETS}`, value: Math.round(readMs), unit: "ms" },
      { name: `cli.check.${SHEETS}`, value: Math.round(checkMs), unit: "ms" },
      { name: `cli.check_over_read.${SHEETS}`, value: Number(ratio.toFixed(3)), unit: "x" },
      { name: `cli.check_copy.${SHEETS}`, value: Math.round(copyMs), unit: "ms" },
      { name: `cli.check_copy_over_read.${SHEETS}`, value: Number(copyRatio.toFixed(3)), unit: "x" },
    ];
  });
}

/**
 * The same measure on a workbook mixing every layout the reader knows (src/sample/layouts:
 * row pairs, 달성률 row, four rows, 연간 | 누계 columns, cumulatives only, one row per
 * indicator, levels, milestones, decreasing and hidden indicators), 650 sheets:
 *   cli.check_over_read.layouts.650  check ÷ read on that workbook
 */
export async function benchLayouts(): Promise<BenchLine[]> {
  const { dir, cleanup } = await tempFolder("pledge-check-bench-layouts-");
  try {
    const cards = mixedLayoutCards();
    const workbook = new ExcelJS.Workbook();
    for (let i = 0; i < SHEETS; i++) addLayoutSheet(workbook, cards[i % cards.length], `${i + 1}`);
    const path = join(dir, `layouts-${SHEETS}.xlsx`);
    await workbook.xlsx.writeFile(path);
    const { checkMs, ratio, copyRatio } = await readAndCheck(path);
    return [
      { name: `cli.check.layouts.${SHEETS}`, value: Math.round(checkMs), unit: "ms" },
      { name: `cli.check_over_read.layouts.${SHEETS}`, value: Number(ratio.toFixed(3)), unit: "x" },
      { name: `cli.check_copy_over_read.layouts.${SHEETS}`, value: Number(copyRatio.toFixed(3)), unit: "x" },
    ];
  } finally {
    await cleanup();
  }
}
