// What the task pane gets back from a run.
import type { CellWrite, WorkbookResult } from "../core";

export interface Progress {
  /** Korean, e.g. "시트 읽는 중". */
  stage: string;
  done: number;
  total: number;
}

export interface RunResult {
  result: WorkbookResult;
  /** Cells marked with a fill (and a note or comment where possible). */
  flagged: number;
  /** Rate cells written (이행률 채우기 only; empty for a check). */
  written: CellWrite[];
  /** Korean sentences about how this Excel was handled, e.g. fallbacks. */
  notices: string[];
}
