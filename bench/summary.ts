// What the command line's summary (요약) costs, on the same 650-sheet workbook as
// bench/check.ts (median of a few runs):
//   cli.summary.650        check the file + summarise its pledges + plan the 요약 sheet
//   cli.summary_only.650   summarise + plan alone, on a result already checked
//   cli.summary_write.650  render the plan with exceljs and write 요약.xlsx
import { basename, join } from "node:path";
import { summarySheetPlan, type Summary } from "../src/core";
import { checkFile } from "../src/cli/checkFile";
import type { FileReport } from "../src/cli/report";
import { summarizeReports } from "../src/cli/summary";
import { writeSummaryWorkbook } from "../src/cli/summaryWorkbook";
import { median, RUNS, SHEETS, time, withBenchWorkbook, type BenchLine } from "./check";

const PRECISION = "auto" as const;

/** Summary and 요약 plan of checked reports, as `check --fix` computes them. */
function summaryAndPlan(reports: FileReport[]): Summary {
  const summary = summarizeReports(reports);
  summarySheetPlan(summary, PRECISION, true);
  if (summary.pledges !== SHEETS) throw new Error(`expected ${SHEETS} pledges, got ${summary.pledges}`);
  return summary;
}

async function checkedReport(path: string): Promise<FileReport> {
  const { result } = await checkFile(path, { precision: "auto" });
  return { path, error: null, result, output: null };
}

export function benchSummary(): Promise<BenchLine[]> {
  return withBenchWorkbook(async (path, dir) => {
    const full = async () => summaryAndPlan([await checkedReport(path)]);
    const checked = [await checkedReport(path)]; // also the warm-up
    const summary = summaryAndPlan(checked);
    const files = new Set([basename(path)]);
    const write = () => writeSummaryWorkbook(join(dir, "요약.xlsx"), summary, PRECISION, files);
    await write();
    const fulls: number[] = [];
    const onlys: number[] = [];
    const writes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      fulls.push(await time(full));
      onlys.push(await time(() => summaryAndPlan(checked)));
      writes.push(await time(write));
    }
    return [
      { name: `cli.summary.${SHEETS}`, value: Math.round(median(fulls)), unit: "ms" },
      { name: `cli.summary_only.${SHEETS}`, value: Number(median(onlys).toFixed(1)), unit: "ms" },
      { name: `cli.summary_write.${SHEETS}`, value: Math.round(median(writes)), unit: "ms" },
    ];
  });
}
