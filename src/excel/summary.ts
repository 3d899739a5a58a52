// 요약 시트 만들기 inside one Excel.run, read the way a check reads: sync 1 the outline,
// sync 2 every visible sheet's cells (no fills: nothing gets flagged) with A1 of each
// sheet that may be pledge-check's 요약, then the core checks, sums up and plans the
// sheet, and one sync writes it. Three syncs, however many sheets.
import {
  checkRoster,
  checkWorkbook,
  chooseSummarySheet,
  workbookRoster,
  summarize,
  summaryRows,
  summarySheetPlan,
  SUMMARY_SHEET_NAME,
  type CellValue,
  type CheckOptions,
  type ExistingSheet,
} from "../core";
import { readSheets } from "./contents";
import { PledgeCheckError } from "./errors";
import { assertWritable } from "./guards";
import type { ExcelHost } from "./host";
import { readingNotices } from "./notices";
import { readOutline, type Outline } from "./outline";
import { runCommand, STEPS } from "./run";
import { pledgeGrids, sheetsToCheck } from "./scope";
import { queueSummarySheet } from "./summarySheet";
import type { Progress, SummarySheetRun } from "./types";

/** `요약` and `요약 (2)`, `요약 (3)`…: the names chooseSummarySheet may pick or must keep clear of. */
const SUMMARY_NAME = new RegExp(`^${SUMMARY_SHEET_NAME}( \\(\\d+\\))?$`);


/** A1 of every sheet named like a 요약, hidden ones too, read alongside the cells in sync 2. */
function summaryCandidates(outline: Outline): { queue(): void; collect(): ExistingSheet[] } {
  const candidates = outline.sheets.filter((s) => SUMMARY_NAME.test(s.name)).map((s) => ({ name: s.name, a1: s.proxy.getRange("A1") }));
  return {
    queue: () => candidates.forEach((c) => c.a1.load("values")),
    collect: () => candidates.map((c) => ({ name: c.name, a1: c.a1.values[0][0] as CellValue })),
  };
}

export async function runSummary(host: ExcelHost, options: CheckOptions, onProgress?: (p: Progress) => void): Promise<SummarySheetRun> {
  return runCommand(host, onProgress, async ({ context, features, report, keep }) => {
    report("시트 목록 읽는 중", 0);
    const outline = await readOutline(context, features, false);
    const { sheets, hidden } = sheetsToCheck(outline, "all");
    const candidates = summaryCandidates(outline);

    report("시트 읽는 중", 1);
    const read = await readSheets(context, sheets, { fills: false, merges: features.merges, hiddenRows: features.rowProperties }, candidates.queue);
    const contents = pledgeGrids(read.contents, "all");

    report("요약하는 중", 2);
    const result = keep(checkWorkbook(contents.map((c) => c.grid), options));
    const summary = summarize(summaryRows(result, null));
    const roster = workbookRoster(contents.map((c) => c.grid)); // a 공약 목록 sheet in the workbook
    if (roster) summary.roster = checkRoster(roster, summary.rows);
    if (summary.pledges === 0) {
      throw new PledgeCheckError(
        "요약할 공약을 찾지 못했습니다. 공약 카드(<공약달성 확인지표> 표)가 있는 시트가 숨겨져 있지 않은지 확인하세요. 통합 문서는 바뀌지 않았습니다.",
        "NoPledges",
        result,
      );
    }
    const target = chooseSummarySheet(candidates.collect());
    const plan = summarySheetPlan(summary, options.precision, false);
    assertWritable(outline, new Set(), true, "요약 시트를 만들지", result, target.name);

    report("요약 시트 만드는 중", 3);
    queueSummarySheet(context, outline, target, plan, features.pageLayout);
    await context.sync();
    report("완료", STEPS);
    const notices = [...(target.notice ? [target.notice] : []), ...readingNotices(features, hidden, "summary", read.far)];
    return { sheetName: target.name, replaced: target.replaces, summary, result, notices };
  });
}
