// The names of the sheets pledge-check writes, and how its own sheets are recognised.
export const FINDINGS_SHEET_NAME = "검토 결과";
export const SUMMARY_SHEET_NAME = "요약";
/** Written in A1 of the 요약; a 요약 sheet without it was not made by pledge-check and is never replaced. */
export const SUMMARY_MARKER = "공약 이행 요약 (공약 점검이 만든 시트)";
/** Reserved for accepted findings (reviewer workflow). */
export const EXCEPTIONS_SHEET_NAME = "점검 예외";
/** The dated record of what 이행률 채우기 replaced; 표시 지우기 keeps it. */
export const FILL_LOG_SHEET_NAME = "이행률 채우기 기록";
/** A1 of the fill log: tells pledge-check's own log from a user's sheet of the same name. */
export const FILL_LOG_MARKER = "[공약 점검] 이행률 채우기 기록 — 표시 지우기로 지워지지 않습니다";
