// The core's public entry points. Everything that decides lives behind this file.
export * from "./types";
export { checkSheet, checkWorkbook } from "./check";
export { planRateWrites } from "./fill";
export { planFlags, FLAG_COLORS, SEVERITY_LABELS, NOTE_HEADER } from "./flags";
export { findingRows, FINDINGS_SHEET_NAME, FINDINGS_HEADER, type FindingRow } from "./report";
export { cellFromNumberFormat } from "./cells";
export { toA1, parseA1, columnLetters, rangeA1 } from "./address";
export { roundHalfUp, formatRate } from "./rounding";
export { FINDING_CODES, type FindingCode } from "./findings";
export { parsePeriodCell, parseRateCell } from "./cells";
export { summaryRows, summarize, statusName, sectorOf, type Summary, type SummaryRow, type Group } from "./summary";
export {
  summarySheetPlan,
  chooseSummarySheet,
  summaryDecimals,
  SUMMARY_SHEET_NAME,
  SUMMARY_MARKER,
  type SummarySheetPlan,
  type SummaryLink,
  type ExistingSheet,
} from "./summarySheet";
export { applyExceptions, readExceptions, isAccepted, lapseNote, type ExceptionRow } from "./exceptions";
export * from "./rules/reviewSheets";
export { compareWorkbooks, type Change } from "./compare";
export { CHANGE_CODES, type ChangeCode } from "./changeCodes";
export { planChangeFlags } from "./compareFlags";
export { checkRoster, readRoster, findRosterSheet, placeText, workbookRoster, type RosterEntry, type RosterReport, type Place } from "./roster";
export { planExceptionRow, exceptionRowsFor, reasonProblem, exceptionTimestamp, newExceptionsHeader, type ExceptionRowWrite } from "./exceptionEdits";
