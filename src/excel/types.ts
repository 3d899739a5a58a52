// What the task pane gets back from a run.
import type { CellWrite, Summary, WorkbookResult } from "../core";

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
  /** Rate cells written (이행률 채우기 only; empty for a check). `result` is the check after writing them. */
  written: CellWrite[];
  /** The sheet that records what the fill replaced (it outlives 표시 지우기); null when nothing was written. */
  fillLog?: string | null;
  /** Korean sentences about how this Excel was handled, e.g. fallbacks. */
  notices: string[];
}

/** What 요약 시트 만들기 gives back. */
export interface SummarySheetRun {
  /** The sheet written: `요약`, or `요약 (2)`… when a 요약 the user made is in the way. */
  sheetName: string;
  /** True when pledge-check's earlier summary sheet of that name was replaced. */
  replaced: boolean;
  summary: Summary;
  /** The check the summary was made from (nothing was marked). */
  result: WorkbookResult;
  /** Korean sentences, e.g. that the user's own 요약 sheet was kept and another name used. */
  notices: string[];
}
