// The names of the sheets pledge-check writes, and how its own sheets are recognised.
export const FINDINGS_SHEET_NAME = "검토 결과";
export const SUMMARY_SHEET_NAME = "요약";
/** Written in A1 of the 요약; a 요약 sheet without it was not made by pledge-check and is never replaced. */
export const SUMMARY_MARKER = "공약 이행 요약 (공약 점검이 만든 시트)";
/** Reserved for accepted findings (reviewer workflow). */
export const EXCEPTIONS_SHEET_NAME = "점검 예외";
