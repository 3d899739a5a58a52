// Every piece of Korean text the task pane shows, in one place so the wording stays consistent.
import type { PrecisionSetting } from "../core/types";
import type { PaneAction } from "./checker";

export const TITLE = "공약 점검";
export const INTRO = "공약달성 확인지표 표의 누계와 이행률을 검산합니다.";

export const ACTION_LABELS: Record<PaneAction, string> = {
  checkActiveSheet: "이 시트 검사",
  checkAll: "전체 검사",
  fillRates: "이행률 채우기",
  clearFlags: "표시 지우기",
  createSummarySheet: "요약 시트 만들기",
};

/** What each action does, for tooltips and screen readers. */
export const ACTION_HINTS: Record<PaneAction, string> = {
  checkActiveSheet: "지금 보고 있는 시트의 표를 검사하고 틀린 셀에 표시합니다.",
  checkAll: "모든 시트의 표를 검사하고 틀린 셀에 표시합니다.",
  fillRates:
    "비어 있거나 틀린 이행률 셀에 계산한 값을 쓰고 다시 검사합니다. 바꾸기 전 값은 '이행률 채우기 기록' 시트에 남깁니다.",
  clearFlags:
    "공약 점검이 칠한 색, 남긴 메모·댓글과 '검토 결과' 시트를 지우고 셀의 원래 색을 돌려놓습니다. 채운 이행률 값은 되돌리지 않습니다.",
  createSummarySheet: "모든 공약을 한 시트에 모아 추진상황별 공약 수, 완료율, 분야·부서별 평균 이행률을 냅니다. 다른 시트는 바꾸지 않습니다.",
};

export const RUNNING: Record<PaneAction, string> = {
  checkActiveSheet: "이 시트를 검사하는 중…",
  checkAll: "전체 시트를 검사하는 중…",
  fillRates: "이행률을 채우는 중…",
  clearFlags: "표시를 지우는 중…",
  createSummarySheet: "요약 시트를 만드는 중…",
};

// 오류 · 경고 · 참고, the same words the notes in the workbook use.
export { SEVERITY_LABELS } from "../core";
import { DEFAULT_RULES, formatRate, VALUE_LABELS } from "../core";

export const PRECISION_LABEL = "반올림 자릿수";
export const PRECISION_HINT = "이행률을 비교하고 쓸 때의 소수 자릿수입니다.";
export const PRECISION_OPTIONS: { value: PrecisionSetting; label: string }[] = [
  { value: "auto", label: "자동(카드 기준)" },
  { value: 0, label: "0 (정수)" },
  { value: 1, label: "1 (소수 첫째 자리)" },
  { value: 2, label: "2 (소수 둘째 자리)" },
];

/** A button's name as text says it, `[이 시트 검사]`, never broken across lines (no-break spaces). */
export const buttonName = (label: string) => `[${label.replaceAll(" ", "\u00a0")}]`;

export const EMPTY_NOT_CHECKED = `아직 검사하지 않았습니다. 시트 하나만 보려면 ${buttonName(ACTION_LABELS.checkActiveSheet)}, 통합 문서 전체를 보려면 ${buttonName(ACTION_LABELS.checkAll)}를 누르세요.`;
export const EMPTY_AFTER_CLEAR = `통합 문서에 공약 점검 표시가 없습니다. 다시 보려면 ${buttonName(ACTION_LABELS.checkAll)}를 누르세요.`;
export const EMPTY_FILTERED = "선택한 심각도의 결과가 없습니다. 위의 단추로 다른 심각도를 켜세요.";
export const EMPTY_NO_TABLE =
  "공약달성 확인지표 표를 찾지 못했습니다. 표의 머리글(확인지표 · 단위 · 구분 · 연도 · 이행률)이 있는 시트에서 다시 검사하세요.";
export const emptyNoFindings = (sheets: number, pledges: number) =>
  `문제가 없습니다. 시트 ${sheets}개에서 공약 ${pledges}개를 검사했습니다.`;

export const FINDINGS_HEADING = "검토 결과";
export const REMAINING_HEADING = "남은 문제";
export const WRITTEN_HEADING = "채운 이행률";
export const FILTER_LABEL = "심각도별로 보기";
/** The chip for findings a reviewer accepted as exceptions (added by the reviewer workflow). */
export const ACCEPTED_LABEL = "예외";
// The value labels are the rulebook's, so the pane, the notes, the 검토 결과 sheet and the
// command line say the same words: 기대값, 현재값 (what the cell holds now) and 입력 안내
// (what to write, for a finding that asks for missing input such as 부서명; never a 기대값).
export const EXPECTED = VALUE_LABELS.expected;
export const ACCEPTED_HEADING = "예외로 둔 결과";
export const ACCEPTED_HINT = "점검 예외 시트에 사유와 함께 적힌 결과입니다. 오류 건수와 요약에 세지 않습니다.";
export const BUSY_EDIT = "다른 작업이 진행 중입니다. 끝난 뒤 다시 누르세요.";
export const FOUND = VALUE_LABELS.found;
export const HINT = VALUE_LABELS.hint;
export const PREVIOUS = "이전 값";
export const EMPTY_VALUE = "(빈 셀)";
export const NO_PLEDGE = "표 밖";
export const SELECT_HINT = "누르면 해당 셀로 이동합니다.";

export const checkedSummary = (sheets: number, pledges: number) => `시트 ${sheets}개 · 공약 ${pledges}개 검사`;
export const flaggedSummary = (flagged: number) => (flagged > 0 ? `셀 ${flagged}개에 표시했습니다.` : "표시한 셀이 없습니다.");
export const writtenSummary = (written: number) =>
  written > 0 ? `이행률 셀 ${written}개를 채웠습니다.` : "채울 이행률이 없습니다. 모든 이행률 셀이 계산과 같습니다.";
/**
 * What the hidden live region says when a check or fill finishes (the status and notice bars
 * are announced where they are shown): short, in words of its own, so it never doubles them.
 */
export function announcement(state: {
  error: string | null;
  lastRun: { action: PaneAction; run: { result: { sheets: { pledges: unknown[] }[] }; flagged: number; written: unknown[] } } | null;
}): string | null {
  if (state.error || !state.lastRun) return null; // the error bar is an alert of its own
  const { action, run } = state.lastRun;
  const pledges = run.result.sheets.reduce((n, s) => n + s.pledges.length, 0);
  const done = `검사 완료: 공약 ${pledges}개, 표시한 셀 ${run.flagged}개.`;
  return action === "fillRates" ? `이행률 ${run.written.length}개를 채웠습니다. ${done}` : done;
}
export const AFTER_FILL = "채운 뒤 다시 검사한 결과입니다. 아래에는 채우기로 고칠 수 없는 문제만 남았습니다.";
export const fillLogSaved = (sheet: string) => `바꾸기 전 값은 '${sheet}' 시트에 날짜와 함께 남겼습니다. 이 기록은 [표시 지우기]로 지워지지 않습니다.`;
/** One line after 요약 시트 만들기: where it went and the headline figures, at two decimals. */
export const summaryMade = (sheetName: string, pledges: number, completionRate: number | null, meanRate: number | null) =>
  `'${sheetName}' 시트를 만들었습니다. 공약 ${pledges}개 · 완료율 ${percent(completionRate)} · 평균 이행률 ${percent(meanRate)}`;
const percent = (rate: number | null) => (rate === null ? "계산 불가" : `${formatRate(rate, DEFAULT_RULES.summaryPrecision)}%`);
/** Says exactly what clearing did and did not undo. */
export const clearedSummary = (restored: number, fillLog: string | null) => {
  const lines = [
    restored > 0
      ? `표시 ${restored}개를 지웠습니다. 칠한 색은 원래 색으로 돌려놓고, 공약 점검이 남긴 메모·댓글과 '검토 결과' 시트를 지웠습니다.`
      : "지울 표시가 없습니다.",
  ];
  if (fillLog) lines.push(`채운 이행률 값은 되돌리지 않았습니다. 바꾸기 전 값은 '${fillLog}' 시트에 그대로 있습니다.`);
  return lines.join("\n");
};

export const ERROR_TITLE = "작업을 마치지 못했습니다";
export const GENERIC_ERROR =
  "예상하지 못한 오류가 났습니다. 통합 문서를 저장하고 작업 창을 다시 연 뒤 한 번 더 해 보세요. 계속되면 관리자에게 알려 주세요.";
export const SELECT_ERROR = "셀로 이동하지 못했습니다. 시트 이름이 바뀌었거나 시트가 지워졌을 수 있습니다. 다시 검사하세요.";
export const NOT_EXCEL = "이 작업 창은 Excel 안에서 실행됩니다. Excel의 [홈] 탭에서 [공약 점검]을 누르세요.";
/** Outside Excel: the standalone page checks a file in the browser, nothing sent anywhere. */
export const STANDALONE_LINK = "브라우저에서 파일을 바로 점검하려면 pledge-check.html을 여세요";
export const STANDALONE_PAGE = "pledge-check.html";
