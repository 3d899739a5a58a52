// Runs one checker action at a time and keeps what the pane shows about it: which action
// is running, its progress, the last result, a status line, and any error. Every action
// that finishes leaves the pane describing the workbook as it now is: clearing takes the
// list away with the marks, a failed check takes the old list away (unless the check itself
// got through and only writing failed), and a fill shows the check after writing.
import { useCallback, useRef, useState } from "react";
import type { CheckOptions, Finding } from "../core/types";
import type { PaneAction, PledgeChecker, Progress, RunAction, RunResult } from "./checker";
import { errorMessage } from "./errorMessage";
import { OWN_SHEET_CODES, PledgeCheckError } from "./pledgeCheckError";
import { BUSY_EDIT, clearedSummary, summaryMade } from "./strings";

export interface LastRun {
  action: RunAction;
  run: RunResult;
  /** Counts runs, so the list starts afresh (every chip on, every group open) for each. */
  id: number;
}

export interface PaneState {
  running: PaneAction | null;
  progress: Progress | null;
  /** The findings the workbook's marks show now; null when there are none to show. */
  lastRun: LastRun | null;
  /** True once 표시 지우기 removed the marks, until the next check. */
  cleared: boolean;
  /** One line about the last action that finished (e.g. how many flags were cleared). */
  status: string | null;
  /** A plain note that is not an error (이 시트 검사 on pledge-check's own sheet). */
  notice?: string | null;
  error: string | null;
}

let nextId = 1;

/** When only writing failed, the adapter still hands back what the check found: show it. */
function partialRun(action: RunAction, error: unknown): LastRun | null {
  if (!(error instanceof PledgeCheckError) || !error.result) return null;
  return { action, run: { result: error.result, flagged: 0, written: [], notices: [] }, id: nextId++ };
}

export const IDLE: PaneState = { running: null, progress: null, lastRun: null, cleared: false, status: null, error: null };

/** What the pane shows once an action has finished; pure, so each rule is tested on its own. */
export function afterAction(
  state: PaneState,
  action: PaneAction,
  outcome: { ok: true; run?: RunResult; status?: string } | { ok: false; error: unknown; message: string },
): PaneState {
  const done = { ...state, running: null, progress: null, notice: null };
  if (!outcome.ok) {
    // 이 시트 검사 on pledge-check's own sheet: nothing went wrong, the sheet is simply not checked.
    if (outcome.error instanceof PledgeCheckError && OWN_SHEET_CODES.includes(outcome.error.code)) {
      return { ...done, error: null, status: null, notice: outcome.message };
    }
    // A failed clear or summary changed nothing (Excel got all of the write or none of it),
    // so the marks and the list still agree. A failed check must not leave an older list
    // under its error as if it were the answer: only what this check found, if it got that far.
    if (action === "clearFlags" || action === "createSummarySheet") return { ...done, error: outcome.message, status: null };
    return { ...done, error: outcome.message, status: null, lastRun: partialRun(action, outcome.error), cleared: false };
  }
  if (action === "clearFlags") return { ...done, status: outcome.status ?? null, lastRun: null, cleared: true };
  if (action === "createSummarySheet") return { ...done, status: outcome.status ?? null };
  return { ...done, lastRun: outcome.run ? { action, run: outcome.run, id: nextId++ } : null, cleared: false };
}

export function usePaneRunner(checker: PledgeChecker) {
  const [state, setState] = useState<PaneState>(IDLE);
  // A ref, not state, so two clicks in the same frame cannot both start a run.
  const busy = useRef(false);
  // The check the list on screen came from, so 예외로 두기 re-checks the same way.
  const lastAction = useRef<RunAction>("checkAll");

  /** `keepFill`: a re-check after 예외로 두기 that follows a fill keeps the 채운 이행률 list (those cells are still written). */
  const start = useCallback(
    async (action: PaneAction, options: CheckOptions, keepFill = false) => {
      if (busy.current) return;
      busy.current = true;
      setState((s) => ({ ...s, running: action, progress: null, status: null, error: null }));
      const onProgress = (progress: Progress) => setState((s) => ({ ...s, progress }));
      try {
        if (action === "clearFlags") {
          const { restored, fillLog } = await checker.clearFlags();
          setState((s) => afterAction(s, action, { ok: true, status: clearedSummary(restored, fillLog ?? null) }));
        } else if (action === "createSummarySheet") {
          const made = await checker.createSummarySheet(options, onProgress);
          const { pledges, completionRate, meanRate } = made.summary;
          const status = [summaryMade(made.sheetName, pledges, completionRate, meanRate), ...made.notices].join("\n");
          setState((s) => afterAction(s, action, { ok: true, status }));
        } else {
          if (!keepFill) lastAction.current = action;
          const run = await checker[action](options, onProgress);
          setState((s) =>
            keepFill && s.lastRun
              ? afterAction(s, "fillRates", { ok: true, run: { ...run, written: s.lastRun.run.written, fillLog: s.lastRun.run.fillLog } })
              : afterAction(s, action, { ok: true, run }),
          );
        }
      } catch (error) {
        const message = errorMessage(error);
        setState((s) => afterAction(s, action, { ok: false, error, message }));
      } finally {
        busy.current = false;
      }
    },
    [checker],
  );

  const select = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await checker.selectCell(sheet, cell);
      } catch (error) {
        setState((s) => ({ ...s, error: errorMessage(error, "select") }));
      }
    },
    [checker],
  );

  /**
   * 예외로 두기 / 예외 취소: the adapter writes (or empties) the 점검 예외 row, then the pane
   * checks again as it last did (a fill is re-checked, never re-filled), so the list and the
   * marks show the finding accepted or open. A failed edit throws its Korean message to the
   * control that asked; a failed re-check shows like any failed check.
   */
  const editException = useCallback(
    async (edit: () => Promise<unknown>, options: CheckOptions) => {
      if (busy.current) throw new Error(BUSY_EDIT);
      const afterFill = lastAction.current === "fillRates";
      const recheck: RunAction = afterFill ? "checkAll" : lastAction.current;
      try {
        await edit();
      } catch (error) {
        throw new Error(errorMessage(error), { cause: error });
      }
      await start(recheck, options, afterFill);
    },
    [start],
  );
  const accept = useCallback(
    (finding: Finding, reason: string, options: CheckOptions) => editException(() => checker.acceptFinding(finding, reason), options),
    [checker, editException],
  );
  const cancel = useCallback(
    (finding: Finding, options: CheckOptions) => editException(() => checker.cancelException(finding), options),
    [checker, editException],
  );

  return { state, start, select, accept, cancel };
}
