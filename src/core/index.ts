// The core's public entry points. Everything that decides lives behind this file.
export * from "./types";
export { checkSheet, checkWorkbook, noTableFound, NO_TABLE_MESSAGE } from "./check";
export { planRateWrites, rateCellValue } from "./fill";
export { planFlags, describeFinding, showValue, shownWrite, FLAG_COLORS, SEVERITY_LABELS, NOTE_HEADER } from "./flags";
export { findingRows, FINDINGS_SHEET_NAME, FINDINGS_HEADER, type FindingRow } from "./report";
export { cellFromNumberFormat, readStored, formatKind } from "./storedValue";
export { toA1, parseA1, columnLetters, rangeA1 } from "./address";
export { roundHalfUp, formatRate } from "./rounding";
export { FINDING_CODES, renderMessage, findingKey, FindingList, type FindingCode, type FindingParams, type FindingAt } from "./findings";
export { pledgeBaseKey } from "./keys";
export { parsePeriodCell, parseRateCell, type PeriodCell, type PeriodCellKind } from "./cells";
export { countOnce, duplicateText, flagDuplicatesAcrossFiles, type DuplicatePledge, type PledgeCopy, type RunFile } from "./duplicates";
export { summaryRows, summarize, statusName, sectorOf, type Summary, type SummaryRow, type Group, type InvestmentSummary, type PledgeMoney, type MoneyGroup } from "./summary";
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
export { printLayout, summaryPrintLayout, titleRowsA1, filterA1, type PrintLayout } from "./printLayout";
export { FILL_LOG_SHEET_NAME, FILL_LOG_MARKER, FILL_LOG_HEADER, FILL_LOG_HEAD_ROWS, fillLogRows, chooseFillLogSheet, logTime } from "./fillLog";
export { withWrites } from "./afterWrites";
export { readCellAt } from "./grid";
export { applyExceptions, readExceptions, isAccepted, lapseNote, type ExceptionRow } from "./exceptions";
export { compareWorkbooks, type Change } from "./compare";
export { CHANGE_CODES, renderChange, type ChangeCode, type ChangeParams } from "./changeCodes";
export { planChangeFlags, describeChange } from "./compareFlags";
export { checkRoster, readRoster, findRosterSheet, placeText, workbookRoster, type RosterEntry, type RosterReport, type Place } from "./roster";
export { planExceptionRow, exceptionRowsFor, reasonProblem, exceptionTimestamp, newExceptionsHeader, type ExceptionRowWrite } from "./exceptionEdits";
export * as rules from "./rules";
export { DEFAULT_RULES, rulesFromConfig, type Rules, type LabelWords, VALUE_LABELS } from "./rules";
export {
  EXCEPTIONS_SHEET_NAME,
  EXCEPTIONS_HEADER,
  EXCEPTIONS_KEY_HEADER,
  ROSTER_SHEET_NAME,
  ROSTER_HEADER,
  ROSTER_SECTOR_HEADER,
  isReviewerSheet,
  ownSheetKind,
  STORE_SHEET_NAME,
  isFindingsSheetName,
  sheetCounts,
  hiddenCounted,
} from "./rules";
