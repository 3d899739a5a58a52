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
  fillRates: "비어 있거나 틀린 이행률 셀에 계산한 값을 씁니다. 바꾼 셀에는 이전 값을 메모로 남깁니다.",
  clearFlags: "공약 점검이 칠한 색과 메모를 지우고 원래대로 돌립니다.",
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
import { DEFAULT_RULES, formatRate } from "../core";

export const PRECISION_LABEL = "반올림 자릿수";
export const PRECISION_HINT = "이행률을 비교하고 쓸 때의 소수 자릿수입니다.";
export const PRECISION_OPTIONS: { value: PrecisionSetting; label: string }[] = [
  { value: "auto", label: "자동(카드 기준)" },
  { value: 0, label: "0 (정수)" },
  { value: 1, label: "1 (소수 첫째 자리)" },
  { value: 2, label: "2 (소수 둘째 자리)" },
];

export const EMPTY_NOT_CHECKED =
  "아직 검사하지 않았습니다. 시트 하나만 보려면 [이 시트 검사], 통합 문서 전체를 보려면 [전체 검사]를 누르세요.";
export const EMPTY_NO_TABLE =
  "공약달성 확인지표 표를 찾지 못했습니다. 표의 머리글(확인지표 · 단위 · 구분 · 연도 · 이행률)이 있는 시트에서 다시 검사하세요.";
export const emptyNoFindings = (sheets: number, pledges: number) =>
  `문제가 없습니다. 시트 ${sheets}개에서 공약 ${pledges}개를 검사했습니다.`;

export const FINDINGS_HEADING = "검토 결과";
export const WRITTEN_HEADING = "채운 이행률";
export const EXPECTED = "기대값";
export const FOUND = "현재값";
export const PREVIOUS = "이전 값";
export const EMPTY_VALUE = "(빈 셀)";
export const NO_PLEDGE = "표 밖";
export const SELECT_HINT = "누르면 해당 셀로 이동합니다.";

export const checkedSummary = (sheets: number, pledges: number) => `시트 ${sheets}개 · 공약 ${pledges}개 검사`;
export const flaggedSummary = (flagged: number) => (flagged > 0 ? `셀 ${flagged}개에 표시했습니다.` : "표시한 셀이 없습니다.");
export const writtenSummary = (written: number) =>
  written > 0 ? `이행률 셀 ${written}개를 채웠습니다.` : "채울 이행률이 없습니다. 모든 이행률 셀이 계산과 같습니다.";
export const BEFORE_FILL = "아래 검토 결과는 채우기 전의 검사 결과입니다. 다시 검사하면 남은 문제만 보입니다.";
/** One line after 요약 시트 만들기: where it went and the headline figures, at two decimals. */
export const summaryMade = (sheetName: string, pledges: number, completionRate: number | null, meanRate: number | null) =>
  `'${sheetName}' 시트를 만들었습니다. 공약 ${pledges}개 · 완료율 ${percent(completionRate)} · 평균 이행률 ${percent(meanRate)}`;
const percent = (rate: number | null) => (rate === null ? "계산 불가" : `${formatRate(rate, DEFAULT_RULES.summaryPrecision)}%`);
export const clearedSummary = (restored: number) =>
  restored > 0 ? `표시 ${restored}개를 지우고 원래대로 돌렸습니다.` : "지울 표시가 없습니다.";

export const ERROR_TITLE = "작업을 마치지 못했습니다";
export const GENERIC_ERROR =
  "예상하지 못한 오류가 났습니다. 통합 문서를 저장하고 작업 창을 다시 연 뒤 한 번 더 해 보세요. 계속되면 관리자에게 알려 주세요.";
export const SELECT_ERROR = "셀로 이동하지 못했습니다. 시트 이름이 바뀌었거나 시트가 지워졌을 수 있습니다. 다시 검사하세요.";
export const NOT_EXCEL =
  "이 작업 창은 Excel 안에서 실행해야 합니다. Excel의 [홈] 탭에서 [공약 점검]을 누르세요. 브라우저에서 미리 보려면 preview.html을 여세요.";
