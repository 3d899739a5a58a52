// The catalogue of findings: each code's severity, Korean title, typed parameters, and
// the template its Korean message is rendered from. Codes are public (README, JSON):
// never rename one; a new code goes at the end with a README row.
import { withParticle } from "./josa";
import type { Severity } from "./types";

type RowWord = "목표" | "이행";

/** The parameters each code's message is rendered from. */
export interface FindingParams {
  TARGET_CUMULATIVE_MISMATCH: { base: number; annual: number; expected: number; found: number };
  ACTUAL_CUMULATIVE_MISMATCH: { base: number; annual: number; expected: number; found: number };
  UNREADABLE_CELL: { source: "period"; row: RowWord; reason: "formula" | "form" } | { source: "rate"; subject: string; reason: "formula" | "form" };
  NEGATIVE_VALUE: { row: RowWord };
  INDICATOR_RATE_MISMATCH: { indicator: string; computed: string; written: string };
  PLEDGE_RATE_MISMATCH: { computed: string; written: string };
  HEADLINE_RATE_MISMATCH: { computed: string; written: string };
  BROKEN_ROW_PAIR: { row: RowWord };
  TABLE_INCOMPLETE: Record<string, never>;
  RATE_COLUMN_MISSING: Record<string, never>;
  INDICATOR_RATE_MISSING: { indicator: string; computed: string };
  PLEDGE_RATE_MISSING: { computed: string };
  HEADLINE_RATE_MISSING: { computed: string };
  PLEDGE_RATE_PARTIAL: { indicators: number; rated: number };
  NO_TARGET: { indicator: string };
  ZERO_TARGET: { indicator: string; target: number };
  ACTUAL_AFTER_AS_OF: { asOf: string; period: string };
  MISSING_ACTUAL: { period: string; target: number };
  STATUS_RATE_CONFLICT: { status: string; rate: number };
  UNKNOWN_STATUS: { status: string; known: readonly string[] };
  MISSING_STATUS: Record<string, never>;
  MISSING_AS_OF: Record<string, never>;
  MISSING_PLEDGE_ID: Record<string, never>;
  UNKNOWN_PERIOD: { label: string };
  TABLE_EMPTY: Record<string, never>;
  OVER_ACHIEVEMENT: { actual: number; target: number };
  CUMULATIVE_NOT_SHOWN: { annual: number; cumulative: number | null };
  MISSING_DEPARTMENT: Record<string, never>;
  /** `here`, for a copy in another file of the run: both places as `file의 sheet!cell`. */
  DUPLICATE_PLEDGE_ID: { id: string; first: string; here?: string };
  RATE_CELL_MERGED: { subject: string; area: string };
  EXCEPTION_HEADER_MISSING: { sheet: string; header: readonly string[] };
  /** `cell` is the 셀 text when it is there but not an A1 address. */
  EXCEPTION_INCOMPLETE: { missing: readonly string[]; cell: string | null };
  EXCEPTION_UNUSED: { sheet: string; cell: string; code: string };
  STATUS_MARK_AMBIGUOUS: Record<string, never>;
  READING_UNCERTAIN: { what: string; doubts: number };
  INDICATOR_NOT_RATED: { indicator: string; kind: "milestone" | "decreasing"; target: string | null; actual: string | null };
  CUMULATIVE_READING: { values: readonly number[] };
  INDICATOR_WITHDRAWN: { indicator: string; why: "name" | "hidden"; counted: "included" | "excluded" | "excludedByCard" };
  INVESTMENT_CELL_MISMATCH: { project: string; row: string; column: string; sums: readonly string[]; expected: number; found: number };
  INVESTMENT_ROW_SUM_MISMATCH: { project: string; row: string; column: string; parts: string; expected: number; found: number };
  INVESTMENT_TOTAL_ROW_MISMATCH: { project: string; row: string; column: string; parts: string; expected: number; found: number };
  INVESTMENT_UNREADABLE_CELL: { project: string; row: string; column: string };
  INVESTMENT_SPENT_OVER_PLAN: { project: string; spent: number; planned: number; unit: string | null };
  INVESTMENT_SPENT_AFTER_AS_OF: { project: string; asOf: string; column: string; amount: number };
  INVESTMENT_READING_UNCERTAIN: { what: string };
  INVESTMENT_UNIT_MISSING: Record<string, never>;
}

export type FindingCode = keyof FindingParams;

export interface CatalogueEntry<C extends FindingCode> {
  severity: Severity;
  /** A short Korean name, used where the code would otherwise show (notes). */
  title: string;
  /** What to write, for the user: shown labelled as a hint, never as a value. */
  hint?: string;
  message: (p: FindingParams[C]) => string;
}

const n = (x: number): string => String(x);

export const FINDING_CODES: { readonly [C in FindingCode]: CatalogueEntry<C> } = {
  TARGET_CUMULATIVE_MISMATCH: {
    severity: "error",
    title: "목표 누계 불일치",
    message: (p) => `목표 누계가 맞지 않습니다: 앞 누계 ${n(p.base)} + 이번 기간 ${n(p.annual)} = ${n(p.expected)}인데 ${withParticle(n(p.found), "으로/로")} 적혀 있습니다.`,
  },
  ACTUAL_CUMULATIVE_MISMATCH: {
    severity: "error",
    title: "이행 누계 불일치",
    message: (p) => `이행 누계가 맞지 않습니다: 앞 누계 ${n(p.base)} + 이번 기간 ${n(p.annual)} = ${n(p.expected)}인데 ${withParticle(n(p.found), "으로/로")} 적혀 있습니다.`,
  },
  UNREADABLE_CELL: {
    severity: "error",
    title: "읽을 수 없는 셀",
    message: (p) =>
      p.source === "period"
        ? p.reason === "formula"
          ? "수식의 계산 결과가 저장되어 있지 않아 값을 읽을 수 없습니다. Excel에서 다시 계산한 뒤 저장해 주세요."
          : `${p.row} 값을 읽을 수 없습니다. '8(16)'처럼 '연간(누계)' 형식으로 적어 주세요.`
        : p.reason === "formula"
          ? `${p.subject}의 수식 계산 결과가 저장되어 있지 않습니다. Excel에서 다시 계산한 뒤 저장해 주세요.`
          : `${withParticle(p.subject, "을/를")} 숫자로 읽을 수 없습니다. '86' 또는 '86%'처럼 적어 주세요.`,
  },
  NEGATIVE_VALUE: {
    severity: "error",
    title: "음수 값",
    message: (p) => `${p.row} 값이 음수입니다. 실적이나 목표는 0보다 작을 수 없습니다.`,
  },
  INDICATOR_RATE_MISMATCH: {
    severity: "error",
    title: "지표 이행률 불일치",
    message: (p) => `'${p.indicator}' 이행률이 맞지 않습니다. 계산값은 ${p.computed}, 적힌 값은 ${p.written}입니다.`,
  },
  PLEDGE_RATE_MISMATCH: {
    severity: "error",
    title: "공약 이행률 불일치",
    message: (p) => `공약 이행률이 맞지 않습니다. 계산값은 ${p.computed}, 적힌 값은 ${p.written}입니다.`,
  },
  HEADLINE_RATE_MISMATCH: {
    severity: "error",
    title: "카드 이행률 불일치",
    message: (p) => `카드의 이행률이 맞지 않습니다. 계산값은 ${p.computed}, 적힌 값은 ${p.written}입니다.`,
  },
  BROKEN_ROW_PAIR: {
    severity: "error",
    title: "목표·이행 행 짝 없음",
    hint: "'목표 (누계)' 행 바로 아래에 '이행 (누계)' 행",
    message: (p) => `${p.row} 행의 짝이 없습니다. 지표마다 '목표' 행 바로 아래에 '이행' 행이 있어야 합니다.`,
  },
  TABLE_INCOMPLETE: {
    severity: "error",
    title: "표가 중간에 끊김",
    hint: "공약 이행률 (각 지표 이행률의 평균으로 산출)",
    message: () => "표가 '공약 이행률' 행 없이 끝났습니다. 마지막 행을 확인해 주세요.",
  },
  RATE_COLUMN_MISSING: {
    severity: "error",
    title: "이행률 열 없음",
    hint: "이행률 (%)",
    message: () => "표 머리글에 '이행률 (%)' 열이 없습니다. 지표 이행률을 적을 열을 추가해 주세요.",
  },
  INDICATOR_RATE_MISSING: {
    severity: "warning",
    title: "지표 이행률 빈칸",
    message: (p) => `'${p.indicator}' 이행률이 비어 있습니다. 계산값은 ${p.computed}입니다.`,
  },
  PLEDGE_RATE_MISSING: {
    severity: "warning",
    title: "공약 이행률 빈칸",
    message: (p) => `공약 이행률이 비어 있습니다. 계산값은 ${p.computed}입니다.`,
  },
  HEADLINE_RATE_MISSING: {
    severity: "warning",
    title: "카드 이행률 빈칸",
    message: (p) => `카드의 이행률이 비어 있습니다. 계산값은 ${p.computed}입니다.`,
  },
  PLEDGE_RATE_PARTIAL: {
    severity: "warning",
    title: "일부 지표 제외",
    message: (p) => `지표 ${p.indicators}개 중 ${p.indicators - p.rated}개는 이행률을 계산할 수 없어 공약 이행률과 카드 이행률은 판정하지 않았습니다(나머지 ${p.rated}개의 평균은 공약 이행률이 아닙니다).`,
  },
  NO_TARGET: {
    severity: "warning",
    title: "목표 없음",
    hint: "목표 입력",
    message: (p) => `'${p.indicator}' 지표에 목표가 없어 이행률을 계산할 수 없습니다. 공약 이행률 평균에서 제외했습니다.`,
  },
  ZERO_TARGET: {
    severity: "warning",
    title: "목표 0",
    message: (p) => `'${p.indicator}' 지표의 최종 목표 누계가 ${withParticle(n(p.target), "이라/라")} 이행률을 계산할 수 없습니다. 공약 이행률 평균에서 제외했습니다.`,
  },
  ACTUAL_AFTER_AS_OF: {
    severity: "warning",
    title: "기준일 이후 실적",
    message: (p) => `기준일(${p.asOf}) 이후 기간(${p.period})의 실적입니다. 이행률 계산에서 제외했습니다.`,
  },
  MISSING_ACTUAL: {
    severity: "warning",
    title: "지난 기간 실적 빈칸",
    hint: "실적 입력 (없으면 '-' 또는 '0')",
    message: (p) => `지난 기간(${p.period})에 목표(${n(p.target)})가 있는데 실적이 비어 있습니다. 실적이 없으면 '-' 또는 '0'으로 적어 주세요.`,
  },
  STATUS_RATE_CONFLICT: {
    severity: "warning",
    title: "완료인데 100 미만",
    message: (p) => `추진상황이 '${p.status}'인데 공약 이행률이 100 미만(${n(p.rate)})입니다.`,
  },
  UNKNOWN_STATUS: {
    severity: "warning",
    title: "알 수 없는 추진상황",
    message: (p) => `추진상황 ${withParticle(`'${p.status}'`, "은/는")} 알려진 상태(${p.known.join("·")})가 아닙니다.`,
  },
  MISSING_STATUS: {
    severity: "warning",
    title: "추진상황 없음",
    hint: "추진상황",
    message: () => "추진상황(완료 종결·정상추진 등)이 적혀 있지 않습니다.",
  },
  MISSING_AS_OF: {
    severity: "warning",
    title: "기준일 없음",
    hint: "YYYY. M. D. 기준",
    message: () => "표의 기준일('2025. 6. 30. 기준')을 찾지 못했습니다. 기준일 이후 실적과 지난 기간의 빈 실적은 검사하지 못했습니다.",
  },
  MISSING_PLEDGE_ID: {
    severity: "warning",
    title: "공약번호 없음",
    hint: "분야-과제-세부",
    message: () => "공약번호('6-3-3' 형식)를 찾지 못했습니다. 표 위에 공약번호와 공약명을 적어 주세요.",
  },
  UNKNOWN_PERIOD: {
    severity: "warning",
    title: "알 수 없는 기간",
    hint: "2024 또는 2026. 6.",
    message: (p) => `기간 머리글 ${withParticle(`'${p.label}'`, "을/를")} 기간(연도·반기·분기·월)으로 읽을 수 없습니다. 기준일과 비교하는 검사에서 이 기간은 빠집니다.`,
  },
  TABLE_EMPTY: {
    severity: "warning",
    title: "지표 없는 표",
    message: () => "확인지표 표에 목표·이행 행이 없습니다.",
  },
  OVER_ACHIEVEMENT: {
    severity: "info",
    title: "목표 초과 달성",
    message: (p) => `실적 누계(${n(p.actual)})가 최종 목표 누계(${n(p.target)})를 넘어 이행률을 100으로 봅니다.`,
  },
  CUMULATIVE_NOT_SHOWN: {
    severity: "info",
    title: "누계 미기재",
    message: (p) =>
      `괄호 안 누계가 없어 ${withParticle(n(p.annual), "을/를")} 이 기간의 연간 값으로 보고 누계를 ${p.cumulative === null ? "알 수 없음으로" : withParticle(n(p.cumulative), "으로/로")} 계산했습니다.`,
  },
  MISSING_DEPARTMENT: {
    severity: "info",
    title: "주관부서 없음",
    hint: "부서명",
    message: () => "주관부서가 적혀 있지 않습니다. 요약에서는 부서 없음으로 묶입니다.",
  },
  DUPLICATE_PLEDGE_ID: {
    severity: "warning",
    title: "공약번호 중복",
    message: (p) =>
      p.here === undefined
        ? `공약번호 ${withParticle(p.id, "이/가")} 이 통합 문서에 또 있습니다(처음: ${p.first}). 두 카드를 서로 다른 공약으로 따로 점검했습니다. 번호를 확인해 주세요.`
        : `공약번호 ${withParticle(p.id, "이/가")} 이번 점검의 다른 파일에도 있습니다(처음: ${p.first}, 여기: ${p.here}). 요약에서는 한 공약으로 한 번만 셉니다. 같은 공약을 두 번 제출했는지 확인해 주세요.`,
  },
  RATE_CELL_MERGED: {
    severity: "warning",
    title: "이행률 칸 병합",
    message: (p) => `${p.subject} 칸이 병합 영역 ${p.area} 안에 있어 다른 칸의 값과 겹칩니다. 이행률을 읽거나 채우지 않았습니다. 병합을 풀어 이행률 칸을 따로 두어 주세요.`,
  },
  EXCEPTION_HEADER_MISSING: {
    severity: "warning",
    title: "점검 예외 머리글 없음",
    message: (p) => `'${p.sheet}' 시트에서 머리글 행(${p.header.join(" | ")})을 찾지 못해 예외를 하나도 적용하지 않았습니다.`,
  },
  EXCEPTION_INCOMPLETE: {
    severity: "warning",
    title: "점검 예외 행 불완전",
    message: (p) =>
      `점검 예외 행의 ${withParticle(p.missing.join("·"), "이/가")} 비어 있거나 읽을 수 없어${p.cell !== null ? ` (셀 ${withParticle(`'${p.cell}'`, "은/는")} A1 형식 주소가 아님)` : ""} 이 행은 예외로 쓰지 않습니다.`,
  },
  EXCEPTION_UNUSED: {
    severity: "info",
    title: "쓰이지 않은 점검 예외",
    message: (p) =>
      `이 예외(${p.sheet}!${p.cell} ${p.code})에 맞는 점검 결과가 없습니다. 문제가 고쳐졌다면 행을 지우고, 시트 이름이나 셀 위치가 바뀌었다면 행을 고쳐 주세요.`,
  },
  STATUS_MARK_AMBIGUOUS: {
    severity: "warning",
    title: "추진상황 표시 모호",
    hint: "상태 하나에 ○",
    message: () => "추진상황 표시(○)가 어느 상태에 붙은 것인지 분명하지 않습니다. 한 상태 이름 바로 아래에만 ○를 적어 주세요.",
  },
  READING_UNCERTAIN: {
    severity: "warning",
    title: "표를 확실히 읽지 못함",
    message: (p) => `이 표의 구성을 확실히 읽지 못했습니다: ${p.what}. 해당 지표의 이행률과 이 표의 공약 이행률·카드 이행률은 판정하지 않았습니다.`,
  },
  INDICATOR_NOT_RATED: {
    severity: "warning",
    title: "지표 종류상 이행률 미산출",
    message: (p) =>
      `${withParticle(`'${p.indicator}'`, "은/는")} ${
        p.kind === "milestone"
          ? `단계로 적힌 지표라(목표 '${p.target ?? "없음"}', 실적 '${p.actual ?? "없음"}') 최종 단계에 이르기 전의 이행률 규칙이 카드에 없어`
          : "줄어야 좋은 지표로 보이는데 기준값과 계산 규칙이 카드에 없어"
      } 이행률을 계산하지 않았습니다. 이 공약의 이행률은 판정하지 않았습니다.`,
  },
  CUMULATIVE_READING: {
    severity: "info",
    title: "누계로 읽음",
    message: (p) => `'누계' 행의 괄호 없는 숫자(${p.values.join(", ")})가 줄지 않아 연간 값이 아니라 누계로 읽었습니다.`,
  },
  INDICATOR_WITHDRAWN: {
    severity: "info",
    title: "숨김·삭제 지표",
    message: (p) =>
      `${withParticle(`'${p.indicator}'`, "은/는")} ${p.why === "name" ? "이름에 삭제·폐지 표시가 있어" : "숨겨진 행에 있어"}(삭제·폐지된 지표로 보고) ${
        p.counted === "included"
          ? "카드의 공약 이행률이 이 지표를 포함해 계산되어 평균에 넣었습니다"
          : p.counted === "excludedByCard"
            ? "카드의 공약 이행률에 맞춰 평균에서 제외했습니다"
            : "평균에서 제외했습니다"
      }.`,
  },
  INVESTMENT_CELL_MISMATCH: {
    severity: "error",
    title: "투자 계획 금액 오기",
    message: (p) =>
      `[${p.project}] ${p.row} ${p.column} 값 ${withParticle(n(p.found), "으로/로")}는 ${p.sums.map((s, i) => (i < p.sums.length - 1 ? withParticle(s, "와/과") : withParticle(s, "이/가"))).join(" ")} 모두 맞지 않습니다. 이 칸이 ${n(p.expected)}이면 ${p.sums.length}개 합이 모두 맞습니다.`,
  },
  INVESTMENT_ROW_SUM_MISMATCH: {
    severity: "error",
    title: "투자 계획 행 합계 불일치",
    message: (p) => `[${p.project}] ${p.row} 행의 ${withParticle(p.column, "이/가")} 맞지 않습니다: ${p.parts} = ${n(p.expected)}인데 ${withParticle(n(p.found), "으로/로")} 적혀 있습니다.`,
  },
  INVESTMENT_TOTAL_ROW_MISMATCH: {
    severity: "error",
    title: "투자 계획 재원 합계 불일치",
    message: (p) => `[${p.project}] ${p.column} 열의 ${withParticle(p.row, "이/가")} 재원별 합과 맞지 않습니다: ${p.parts} = ${n(p.expected)}인데 ${withParticle(n(p.found), "으로/로")} 적혀 있습니다.`,
  },
  INVESTMENT_UNREADABLE_CELL: {
    severity: "warning",
    title: "투자 계획 금액 읽기 불가",
    hint: "1,250 또는 18.5 (없으면 빈칸이나 '-')",
    message: (p) => `[${p.project}] ${p.row} ${p.column} 값을 금액으로 읽을 수 없어 이 칸이 들어가는 합은 검사하지 않았습니다. 숫자로 적고, 없으면 비우거나 '-'로 적어 주세요.`,
  },
  INVESTMENT_SPENT_OVER_PLAN: {
    severity: "warning",
    title: "집행액이 계획보다 많음",
    message: (p) => `[${p.project}] 집행액 ${withParticle(n(p.spent), "이/가")} 계획 총계 ${n(p.planned)}보다 많습니다${p.unit ? ` (단위: ${p.unit})` : ""}. 계획이 바뀌었다면 투자 계획을 고쳐 주세요.`,
  },
  INVESTMENT_SPENT_AFTER_AS_OF: {
    severity: "warning",
    title: "기준일 이후 집행액",
    message: (p) => `[${p.project}] 집행액이 기준일(${p.asOf}) 뒤인 ${p.column}에 ${n(p.amount)} 적혀 있습니다. 아직 오지 않은 기간의 집행인지 확인해 주세요.`,
  },
  INVESTMENT_READING_UNCERTAIN: {
    severity: "warning",
    title: "투자 계획 표를 확실히 읽지 못함",
    message: (p) => `연도별 투자 계획 표의 구성을 확실히 읽지 못했습니다: ${p.what}. 이 표의 합계는 판정하지 않았고 요약의 투자 금액에서도 뺐습니다.`,
  },
  INVESTMENT_UNIT_MISSING: {
    severity: "info",
    title: "투자 계획 단위 없음",
    hint: "(단위 : 백만원)",
    message: () => "연도별 투자 계획의 단위('(단위 : 백만원)')를 찾지 못했습니다. 합계는 검사했지만 요약의 여러 카드 합계에는 넣지 않았습니다.",
  },
};

/** The Korean message of a finding, from its code's template. */
export function renderMessage<C extends FindingCode>(code: C, params: FindingParams[C]): string {
  return FINDING_CODES[code].message(params);
}
