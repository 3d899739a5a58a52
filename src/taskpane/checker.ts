// What the task pane needs from the workbook side: the adapter's PledgeChecker. The add-in
// builds it over Office.js; tests and the preview pass their own, so the UI never touches
// Office.js directly.
export type { PledgeChecker, Progress, RunResult, SummarySheetRun } from "../excel";

export type PaneAction = "checkActiveSheet" | "checkAll" | "fillRates" | "clearFlags" | "createSummarySheet";
export type RunAction = Exclude<PaneAction, "clearFlags" | "createSummarySheet">;
