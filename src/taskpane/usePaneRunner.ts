// Runs one checker action at a time and keeps what the pane shows about it: which action
// is running, its progress, the last result, a status line, and any error.
import { useCallback, useRef, useState } from "react";
import type { CheckOptions } from "../core/types";
import type { PaneAction, PledgeChecker, Progress, RunAction, RunResult } from "./checker";
import { errorMessage } from "./errorMessage";
import { PledgeCheckError } from "./pledgeCheckError";
import { clearedSummary, summaryMade } from "./strings";

export interface LastRun {
  action: RunAction;
  run: RunResult;
}

export interface PaneState {
  running: PaneAction | null;
  progress: Progress | null;
  lastRun: LastRun | null;
  /** One line about the last action that finished (e.g. how many flags were cleared). */
  status: string | null;
  error: string | null;
}

/** When only writing failed, the adapter still hands back what the check found: show it. */
function partialRun(action: RunAction, error: unknown): LastRun | null {
  if (!(error instanceof PledgeCheckError) || !error.result) return null;
  return { action, run: { result: error.result, flagged: 0, written: [], notices: [] } };
}

const IDLE: PaneState = { running: null, progress: null, lastRun: null, status: null, error: null };

export function usePaneRunner(checker: PledgeChecker) {
  const [state, setState] = useState<PaneState>(IDLE);
  // A ref, not state, so two clicks in the same frame cannot both start a run.
  const busy = useRef(false);

  const start = useCallback(
    async (action: PaneAction, options: CheckOptions) => {
      if (busy.current) return;
      busy.current = true;
      setState((s) => ({ ...s, running: action, progress: null, status: null, error: null }));
      const onProgress = (progress: Progress) => setState((s) => ({ ...s, progress }));
      try {
        if (action === "clearFlags") {
          const { restored } = await checker.clearFlags();
          setState((s) => ({ ...s, status: clearedSummary(restored) }));
        } else if (action === "createSummarySheet") {
          const made = await checker.createSummarySheet(options, onProgress);
          const { pledges, completionRate, meanRate } = made.summary;
          setState((s) => ({ ...s, status: [summaryMade(made.sheetName, pledges, completionRate, meanRate), ...made.notices].join("\n") }));
        } else {
          const run = await checker[action](options, onProgress);
          setState((s) => ({ ...s, lastRun: { action, run } }));
        }
      } catch (error) {
        const partial = action === "clearFlags" || action === "createSummarySheet" ? null : partialRun(action, error);
        setState((s) => ({ ...s, error: errorMessage(error), lastRun: partial ?? s.lastRun }));
      } finally {
        busy.current = false;
        setState((s) => ({ ...s, running: null, progress: null }));
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

  return { state, start, select };
}
