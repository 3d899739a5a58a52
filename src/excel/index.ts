// The Office adapter: moves cells between Excel and the core, decides nothing. The task
// pane codes against this file; tests, the e2e page and the benchmark inject the
// in-memory Excel (src/memory-excel) as the host.
import type { CheckOptions, Finding } from "../core";
import { clearFlags } from "./clear";
import { runCheck } from "./check";
import { acceptFinding, cancelException } from "./exceptions";
import type { ExcelHost } from "./host";
import { selectCell } from "./select";
import { runSummary } from "./summary";
import type { Progress, RunResult, SummarySheetRun } from "./types";

export { officeHost, detectFeatures, type ExcelHost, type Features } from "./host";
export { PledgeCheckError } from "./errors";
export { OWN_SHEET_CODES } from "./scope";
export { STORE_SHEET_NAME } from "./store";
export { acceptFinding, cancelException } from "./exceptions";
export type { Progress, RunResult, SummarySheetRun } from "./types";

export interface PledgeChecker extends SummaryMaker {
  /** Checks the active sheet and marks its findings (earlier marks anywhere are replaced). */
  checkActiveSheet(options: CheckOptions, onProgress?: (p: Progress) => void): Promise<RunResult>;
  /** Checks every visible sheet and marks the findings. */
  checkAll(options: CheckOptions, onProgress?: (p: Progress) => void): Promise<RunResult>;
  /** checkAll, and writes the computed rates into empty or wrong rate cells. */
  fillRates(options: CheckOptions, onProgress?: (p: Progress) => void): Promise<RunResult>;
  /**
   * Removes every mark pledge-check made and restores the original fills. `kept`: records
   * whose sheet was not found, left in the store (nothing remembered is dropped).
   * `fillLog` names the record of filled rates (이행률 채우기 기록), which stays.
   */
  clearFlags(): Promise<{ restored: number; kept?: number; fillLog?: string | null }>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * 예외로 두기: adds the row accepting `finding` with `reason` (required; a PledgeCheckError
   * with the core's Korean message when blank) to 점검 예외. Check again to see it accepted.
   */
  acceptFinding(finding: Finding, reason: string): Promise<void>;
  /** 예외 취소: empties the rows of 점검 예외 that accept `finding`; returns how many. */
  cancelException(finding: Finding): Promise<number>;
}

export interface SummaryMaker {
  /**
   * 요약 시트 만들기: checks every visible sheet (marking nothing) and writes the sheet
   * 요약 — replacing pledge-check's earlier one, never a 요약 the user made — with one
   * row per pledge, the totals, colour scales and a chart. Rates show at the settings'
   * precision (`auto`: two decimals). Three syncs.
   */
  createSummarySheet(options: CheckOptions, onProgress?: (p: Progress) => void): Promise<SummarySheetRun>;
}

export function createPledgeChecker(host: ExcelHost): PledgeChecker {
  return {
    createSummarySheet: (options, onProgress) => runSummary(host, options, onProgress),
    checkActiveSheet: (options, onProgress) => runCheck(host, "active", false, options, onProgress),
    checkAll: (options, onProgress) => runCheck(host, "all", false, options, onProgress),
    fillRates: (options, onProgress) => runCheck(host, "all", true, options, onProgress),
    clearFlags: () => clearFlags(host),
    selectCell: (sheet, cell) => selectCell(host, sheet, cell),
    acceptFinding: (finding, reason) => acceptFinding(host, finding, reason),
    cancelException: (finding) => cancelException(host, finding),
  };
}
