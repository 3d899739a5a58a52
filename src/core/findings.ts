// The catalogue of findings: stable codes, their severity and a Korean title.
// Codes are public (README, JSON); never rename one.
import type { Finding, Severity } from "./types";

export const FINDING_CODES = {
  TARGET_CUMULATIVE_MISMATCH: { severity: "error", title: "목표 누계 불일치" },
  ACTUAL_CUMULATIVE_MISMATCH: { severity: "error", title: "이행 누계 불일치" },
  UNREADABLE_CELL: { severity: "error", title: "읽을 수 없는 셀" },
  NEGATIVE_VALUE: { severity: "error", title: "음수 값" },
  INDICATOR_RATE_MISMATCH: { severity: "error", title: "지표 이행률 불일치" },
  PLEDGE_RATE_MISMATCH: { severity: "error", title: "공약 이행률 불일치" },
  HEADLINE_RATE_MISMATCH: { severity: "error", title: "카드 이행률 불일치" },
  BROKEN_ROW_PAIR: { severity: "error", title: "목표·이행 행 짝 없음" },
  TABLE_INCOMPLETE: { severity: "error", title: "표가 중간에 끊김" },
  RATE_COLUMN_MISSING: { severity: "error", title: "이행률 열 없음" },
  INDICATOR_RATE_MISSING: { severity: "warning", title: "지표 이행률 빈칸" },
  PLEDGE_RATE_MISSING: { severity: "warning", title: "공약 이행률 빈칸" },
  HEADLINE_RATE_MISSING: { severity: "warning", title: "카드 이행률 빈칸" },
  PLEDGE_RATE_PARTIAL: { severity: "warning", title: "일부 지표 제외" },
  NO_TARGET: { severity: "warning", title: "목표 없음" },
  ZERO_TARGET: { severity: "warning", title: "목표 0" },
  ACTUAL_AFTER_AS_OF: { severity: "warning", title: "기준일 이후 실적" },
  MISSING_ACTUAL: { severity: "warning", title: "지난 기간 실적 빈칸" },
  STATUS_RATE_CONFLICT: { severity: "warning", title: "완료인데 100 미만" },
  UNKNOWN_STATUS: { severity: "warning", title: "알 수 없는 추진상황" },
  MISSING_STATUS: { severity: "warning", title: "추진상황 없음" },
  MISSING_AS_OF: { severity: "warning", title: "기준일 없음" },
  MISSING_PLEDGE_ID: { severity: "warning", title: "공약번호 없음" },
  UNKNOWN_PERIOD: { severity: "warning", title: "알 수 없는 기간" },
  TABLE_EMPTY: { severity: "warning", title: "지표 없는 표" },
  OVER_ACHIEVEMENT: { severity: "info", title: "목표 초과 달성" },
  CUMULATIVE_NOT_SHOWN: { severity: "info", title: "누계 미기재" },
  MISSING_DEPARTMENT: { severity: "info", title: "주관부서 없음" },
  STATUS_MARK_AMBIGUOUS: { severity: "warning", title: "추진상황 표시 모호" },
  READING_UNCERTAIN: { severity: "warning", title: "표를 확실히 읽지 못함" },
  INDICATOR_NOT_RATED: { severity: "warning", title: "지표 종류상 이행률 미산출" },
  CUMULATIVE_READING: { severity: "info", title: "누계로 읽음" },
  INDICATOR_WITHDRAWN: { severity: "info", title: "숨김·삭제 지표" },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type FindingCode = keyof typeof FINDING_CODES;

/** Collects findings for one sheet, filling in severity and sheet name. */
export class FindingList {
  readonly items: Finding[] = [];
  /** The pledge being read; findings added meanwhile belong to it. */
  pledgeId: string | null = null;
  constructor(private readonly sheet: string) {}

  add(
    code: FindingCode,
    cell: string,
    message: string,
    detail: { expected?: string | number | null; found?: string | number | null; pledgeId?: string | null } = {},
  ): void {
    this.items.push({
      code,
      severity: FINDING_CODES[code].severity,
      sheet: this.sheet,
      cell,
      message,
      expected: detail.expected ?? null,
      found: detail.found ?? null,
      pledgeId: detail.pledgeId ?? this.pledgeId,
    });
  }
}
