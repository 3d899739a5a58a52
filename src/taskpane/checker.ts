// What the task pane needs from the workbook side. The Office adapter (src/excel) provides
// it; tests and the preview pass their own, so the UI never touches Office.js directly.
import type { CellWrite, CheckOptions, WorkbookResult } from "../core/types";

export interface Progress {
  stage: string;
  done: number;
  total: number;
}

export interface RunResult {
  result: WorkbookResult;
  flagged: number;
  written: CellWrite[];
  notices: string[];
}

export interface PledgeChecker {
  checkActiveSheet(options: CheckOptions, onProgress?: (p: Progress) => void): Promise<RunResult>;
  checkAll(options: CheckOptions, onProgress?: (p: Progress) => void): Promise<RunResult>;
  fillRates(options: CheckOptions, onProgress?: (p: Progress) => void): Promise<RunResult>;
  clearFlags(): Promise<{ restored: number }>;
  selectCell(sheet: string, cell: string): Promise<void>;
}

export type PaneAction = "checkActiveSheet" | "checkAll" | "fillRates" | "clearFlags";
export type RunAction = Exclude<PaneAction, "clearFlags">;
