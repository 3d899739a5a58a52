// A PledgeChecker for component tests: the real core over sample grids, without Excel.
// It records every call, and a run can be held open (hold/release) to look at the pane
// while it works.
import { checkWorkbook, chooseSummarySheet, FILL_LOG_SHEET_NAME, planFlags, planRateWrites, summarize, summaryRows, withWrites } from "../../src/core";
import type { CheckOptions, SheetGrid } from "../../src/core/types";
import type { PledgeChecker, Progress, RunResult } from "../../src/taskpane/checker";

export interface CoreChecker extends PledgeChecker {
  calls: { method: string; options?: CheckOptions }[];
  selected: { sheet: string; cell: string }[];
  /** The next run waits after its first progress report until release() is called. */
  hold(): void;
  release(): void;
  /** The next call fails with this error. */
  failNext(error: unknown): void;
}

export function coreChecker(grids: SheetGrid[], activeSheet = grids[0]?.name): CoreChecker {
  let held: { promise: Promise<void>; resolve: () => void } | null = null;
  let failure: { error: unknown } | null = null;
  let flagged = 0;
  let fillLog: string | null = null;

  async function run(method: string, options: CheckOptions, scope: SheetGrid[], fill: boolean, onProgress?: (p: Progress) => void): Promise<RunResult> {
    checker.calls.push({ method, options });
    onProgress?.({ stage: "시트 읽는 중", done: 0, total: scope.length });
    if (held) await held.promise;
    if (failure) {
      const { error } = failure;
      failure = null;
      throw error;
    }
    const before = checkWorkbook(scope, options);
    const written = fill ? planRateWrites(before, options) : [];
    // As the adapter does: after a fill, the check on the cells as written.
    const result = written.length > 0 ? checkWorkbook(withWrites(scope, written), options) : before;
    flagged = planFlags(result, written).length;
    if (written.length > 0) fillLog = FILL_LOG_SHEET_NAME;
    onProgress?.({ stage: "표시하는 중", done: scope.length, total: scope.length });
    return { result, flagged, written, fillLog: written.length > 0 ? FILL_LOG_SHEET_NAME : null, notices: [] };
  }

  const checker: CoreChecker = {
    calls: [],
    selected: [],
    checkActiveSheet: (options, onProgress) =>
      run("checkActiveSheet", options, grids.filter((g) => g.name === activeSheet), false, onProgress),
    checkAll: (options, onProgress) => run("checkAll", options, grids, false, onProgress),
    fillRates: (options, onProgress) => run("fillRates", options, grids, true, onProgress),
    async createSummarySheet(options, onProgress) {
      checker.calls.push({ method: "createSummarySheet", options });
      onProgress?.({ stage: "요약하는 중", done: 0, total: 1 });
      if (held) await held.promise;
      const result = checkWorkbook(grids, options);
      const target = chooseSummarySheet(grids.map((g) => ({ name: g.name, a1: g.values[0]?.[0] ?? null })));
      return { sheetName: target.name, replaced: target.replaces, summary: summarize(summaryRows(result)), result, notices: target.notice ? [target.notice] : [] };
    },
    async clearFlags() {
      checker.calls.push({ method: "clearFlags" });
      if (held) await held.promise;
      const restored = flagged;
      flagged = 0;
      return { restored, fillLog };
    },
    async selectCell(sheet, cell) {
      checker.calls.push({ method: "selectCell" });
      if (failure) {
        const { error } = failure;
        failure = null;
        throw error;
      }
      checker.selected.push({ sheet, cell });
    },
    hold() {
      let resolve = () => {};
      const promise = new Promise<void>((r) => (resolve = r));
      held = { promise, resolve };
    },
    release() {
      held?.resolve();
      held = null;
    },
    failNext(error) {
      failure = { error };
    },
  };
  return checker;
}
