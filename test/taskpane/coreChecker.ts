// A PledgeChecker for component tests: the real core over sample grids, without Excel.
// It records every call, and a run can be held open (hold/release) to look at the pane
// while it works.
import {
  checkWorkbook,
  chooseSummarySheet,
  EXCEPTIONS_SHEET_NAME,
  exceptionRowsFor,
  FILL_LOG_SHEET_NAME,
  isReviewerSheet,
  parseA1,
  readCellAt,
  planExceptionRow,
  planFlags,
  planRateWrites,
  reasonProblem,
  summarize,
  summaryRows,
  withWrites,
} from "../../src/core";
import type { CellValue, CheckOptions, SheetGrid } from "../../src/core/types";
import { PledgeCheckError } from "../../src/excel/errors";
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

/** Writes one cell of a grid whose origin is A1, growing it as Excel's sheet would. */
function put(grid: SheetGrid, row: number, col: number, value: CellValue): void {
  while (grid.values.length <= row) grid.values.push([]);
  const line = grid.values[row];
  while (line.length <= col) line.push(null);
  line[col] = value;
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
    // As the adapter does: the active sheet, with 점검 예외 read beside it.
    checkActiveSheet: (options, onProgress) =>
      run("checkActiveSheet", options, grids.filter((g) => g.name === activeSheet || isReviewerSheet(g.name)), false, onProgress),
    checkAll: (options, onProgress) => run("checkAll", options, grids, false, onProgress),
    fillRates: (options, onProgress) => run("fillRates", options, grids, true, onProgress),
    async createSummarySheet(options, onProgress) {
      checker.calls.push({ method: "createSummarySheet", options });
      onProgress?.({ stage: "요약하는 중", done: 0, total: 1 });
      if (held) await held.promise;
      const result = checkWorkbook(grids, options);
      const target = chooseSummarySheet(grids.map((g) => ({ name: g.name, a1: readCellAt(g, 0, 0) })));
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
    // 예외로 두기 / 예외 취소 as the adapter does them: the core plans the row, the grids change.
    async acceptFinding(finding, reason) {
      checker.calls.push({ method: "acceptFinding" });
      const problem = reasonProblem(reason);
      if (problem) throw new PledgeCheckError(problem, "ReasonRequired");
      const at = parseA1(finding.cell);
      const own = grids.find((g) => g.name === finding.sheet);
      const content = at && own ? readCellAt(own, at.row, at.col) : null;
      let sheet = grids.find((g) => g.name === EXCEPTIONS_SHEET_NAME);
      const plan = planExceptionRow(sheet ?? null, finding, reason, content, "2025-07-01 10:05");
      if (!sheet) grids.push((sheet = { name: EXCEPTIONS_SHEET_NAME, values: [], merges: [] }));
      for (const write of [plan.header, plan.row]) write?.values.forEach((v, i) => put(sheet as SheetGrid, write.row, write.col + i, v));
    },
    async cancelException(finding) {
      checker.calls.push({ method: "cancelException" });
      const sheet = grids.find((g) => g.name === EXCEPTIONS_SHEET_NAME);
      const rows = sheet ? exceptionRowsFor(sheet, finding) : [];
      for (const row of rows) (sheet as SheetGrid).values[row] = [];
      return rows.length;
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
