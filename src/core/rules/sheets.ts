// The names of the sheets pledge-check writes, and how its own sheets are recognised;
// the sheets a reviewer keeps beside the pledge sheets (read for what they say, never
// checked as pledge sheets; their headers are found by their text, in any order).
import type { SheetVisibility } from "../types";
import { compact } from "../text";

export const FINDINGS_SHEET_NAME = "검토 결과";
export const SUMMARY_SHEET_NAME = "요약";
/** Written in A1 of the 요약; a 요약 sheet without it was not made by pledge-check and is never replaced. */
export const SUMMARY_MARKER = "공약 이행 요약 (공약 점검이 만든 시트)";

/** Findings accepted with a reason (one row each). */
export const EXCEPTIONS_SHEET_NAME = "점검 예외";
/** The dated record of what 이행률 채우기 replaced; 표시 지우기 keeps it. */
export const FILL_LOG_SHEET_NAME = "이행률 채우기 기록";
/** A1 of the fill log: tells pledge-check's own log from a user's sheet of the same name. */
export const FILL_LOG_MARKER = "[공약 점검] 이행률 채우기 기록 — 표시 지우기로 지워지지 않습니다";
export const EXCEPTIONS_HEADER = ["시트", "셀", "코드", "사유", "값", "일시"] as const;
/** An optional column holding a finding's identity key, matched before 시트 + 셀 + 코드. */
export const EXCEPTIONS_KEY_HEADER = "키";

/** The planning office's list of pledges and the department that owns each. */
export const ROSTER_SHEET_NAME = "공약 목록";
export const ROSTER_HEADER = ["번호", "공약명", "부서"] as const;
export const ROSTER_SECTOR_HEADER = "분야";

/** The add-in's very hidden store of original fills (its name never changes; see src/excel/store.ts). */
export const STORE_SHEET_NAME = "_pledge_check_store";

/** 검토 결과, or the `검토 결과 (2)` written beside a user's sheet of that name. */
export function isFindingsSheetName(name: string): boolean {
  return name === FINDINGS_SHEET_NAME || (name.startsWith(`${FINDINGS_SHEET_NAME} (`) && name.endsWith(")"));
}

/**
 * Which sheets count, decided here once for the pane, the command line and 이전 제출본과
 * 비교 (README "Which sheets are checked"): every worksheet, visible, hidden or very hidden
 * — a card on a hidden sheet is still part of the submission, and leaving it out would
 * drop its pledge from the check, the summary and the comparison — except pledge-check's
 * own (검토 결과, the store; 요약 and the fill log are known by A1 once read, ownSheetKind)
 * and the reviewer's (점검 예외, 공약 목록: read for what they say, never as pledge sheets).
 */
export function sheetCounts(name: string): boolean {
  return !isReviewerSheet(name) && !isFindingsSheetName(name) && name !== STORE_SHEET_NAME;
}

/** The names of the counted sheets the user does not see, so a notice can say they were checked too. */
export function hiddenCounted(sheets: readonly { name: string; visibility?: SheetVisibility }[]): string[] {
  return sheets.filter((s) => (s.visibility ?? "visible") !== "visible" && sheetCounts(s.name)).map((s) => s.name);
}

/** True for a sheet that holds reviewer data, not a pledge card (spacing ignored). */
export function isReviewerSheet(name: string): boolean {
  const key = compact(name);
  return key === compact(EXCEPTIONS_SHEET_NAME) || key === compact(ROSTER_SHEET_NAME);
}

/** Which of pledge-check's own sheets this is, known by the marker it writes in A1 (whatever the sheet is called now). */
export function ownSheetKind(a1: unknown): "summary" | "fillLog" | null {
  if (a1 === SUMMARY_MARKER) return "summary";
  if (a1 === FILL_LOG_MARKER) return "fillLog";
  return null;
}
