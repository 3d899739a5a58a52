// The catalogue of changes between two submissions of a workbook: stable codes, their
// severity and Korean templates. Codes are public (README, JSON); never rename one.
import type { Severity } from "./types";

/** What a template may mention. */
export interface ChangeFacts {
  pledge: string;
  indicator: string;
  period: string;
  before: string;
  after: string;
  /** The earlier submission's as-of date. */
  asOf: string;
}

export interface ChangeCodeEntry {
  severity: Severity;
  title: string;
  message: (f: ChangeFacts) => string;
}

export const CHANGE_CODES = {
  FINAL_TARGET_CHANGED: {
    severity: "warning",
    title: "최종 목표 변경",
    message: (f) => `지표 '${f.indicator}'의 최종 목표 누계가 바뀌었습니다: 이전 ${f.before} → 현재 ${f.after}. 승인된 목표 조정인지 확인하세요.`,
  },
  PAST_TARGET_CHANGED: {
    severity: "warning",
    title: "지난 기간 목표 수정",
    message: (f) => `이전 제출 기준일(${f.asOf})에 이미 끝난 ${f.period} 기간의 목표가 고쳐졌습니다: 이전 ${f.before} → 현재 ${f.after}.`,
  },
  PAST_ACTUAL_CHANGED: {
    severity: "warning",
    title: "지난 기간 실적 수정",
    message: (f) => `이전 제출 기준일(${f.asOf})에 이미 끝난 ${f.period} 기간의 실적이 고쳐졌습니다: 이전 ${f.before} → 현재 ${f.after}.`,
  },
  CUMULATIVE_DECREASED: {
    severity: "error",
    title: "실적 누계 감소",
    message: (f) => `지표 '${f.indicator}'의 실적 누계가 이전 제출보다 줄었습니다: 이전 ${f.before} → 현재 ${f.after}.`,
  },
  RATE_JUMP: {
    severity: "warning",
    title: "실적 변동 없는 이행률 상승",
    message: (f) => `실적과 목표는 그대로인데 이행률이 올랐습니다: 이전 ${f.before} → 현재 ${f.after}.`,
  },
  INDICATOR_ADDED: {
    severity: "warning",
    title: "지표 추가",
    message: (f) => `이전 제출에 없던 지표 '${f.indicator}'이(가) 생겼습니다.`,
  },
  INDICATOR_REMOVED: {
    severity: "warning",
    title: "지표 삭제",
    message: (f) => `이전 제출에 있던 지표 '${f.indicator}'이(가) 없어졌습니다.`,
  },
  PLEDGE_ADDED: {
    severity: "info",
    title: "공약 추가",
    message: (f) => `이전 제출에 없던 공약 ${f.pledge}이(가) 생겼습니다.`,
  },
  PLEDGE_REMOVED: {
    severity: "warning",
    title: "공약 삭제",
    message: (f) => `이전 제출에 있던 공약 ${f.pledge}이(가) 현재 제출에 없습니다.`,
  },
  STATUS_CHANGED: {
    // A step back from 완료 is a warning (compare.ts raises it); any other change is news.
    severity: "info",
    title: "추진상황 변경",
    message: (f) => `추진상황이 바뀌었습니다: 이전 ${f.before} → 현재 ${f.after}.`,
  },
  AS_OF_NOT_LATER: {
    severity: "warning",
    title: "기준일이 늦지 않음",
    message: (f) => `기준일(${f.after})이 이전 제출의 기준일(${f.before})보다 늦지 않습니다. 새 분기 자료인지 확인하세요.`,
  },
  NEW_ACTUAL: {
    severity: "info",
    title: "새 실적",
    message: (f) => `이전 제출 기준일(${f.asOf}) 뒤의 ${f.period} 기간 실적이 들어왔습니다: 이전 ${f.before} → 현재 ${f.after}.`,
  },
} as const satisfies Record<string, ChangeCodeEntry>;

export type ChangeCode = keyof typeof CHANGE_CODES;
