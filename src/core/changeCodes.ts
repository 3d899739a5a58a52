// The catalogue of changes between two submissions of a workbook: stable codes, their
// severity and Korean templates. Codes are public (README, JSON); never rename one.
import { withParticle } from "./josa";
import type { Severity } from "./types";

/** A value as a change shows it: its text, or 빈칸. */
type Shown = string;

/** The parameters each change code's message is rendered from (as issue 7's FindingParams). */
export interface ChangeParams {
  FINAL_TARGET_CHANGED: { indicator: string; before: Shown; after: Shown };
  /** `asOf`: the earlier submission's as-of date. */
  PAST_TARGET_CHANGED: { asOf: string; period: string; before: Shown; after: Shown };
  PAST_ACTUAL_CHANGED: { asOf: string; period: string; before: Shown; after: Shown };
  CUMULATIVE_DECREASED: { indicator: string; before: Shown; after: Shown };
  RATE_JUMP: { before: Shown; after: Shown };
  INDICATOR_ADDED: { indicator: string };
  INDICATOR_REMOVED: { indicator: string };
  PLEDGE_ADDED: { pledge: string };
  PLEDGE_REMOVED: { pledge: string };
  STATUS_CHANGED: { before: Shown; after: Shown };
  AS_OF_NOT_LATER: { before: Shown; after: Shown };
  NEW_ACTUAL: { asOf: string; period: string; before: Shown; after: Shown };
}

export type ChangeCode = keyof ChangeParams;

export interface ChangeCodeEntry<C extends ChangeCode> {
  severity: Severity;
  /** A short Korean name, used where the code would otherwise show (notes). */
  title: string;
  message: (p: ChangeParams[C]) => string;
}

export const CHANGE_CODES: { readonly [C in ChangeCode]: ChangeCodeEntry<C> } = {
  FINAL_TARGET_CHANGED: {
    severity: "warning",
    title: "최종 목표 변경",
    message: (p) => `지표 '${p.indicator}'의 최종 목표 누계가 바뀌었습니다: 이전 ${p.before} → 현재 ${p.after}. 승인된 목표 조정인지 확인하세요.`,
  },
  PAST_TARGET_CHANGED: {
    severity: "warning",
    title: "지난 기간 목표 수정",
    message: (p) => `이전 제출 기준일(${p.asOf})에 이미 끝난 ${p.period} 기간의 목표가 고쳐졌습니다: 이전 ${p.before} → 현재 ${p.after}.`,
  },
  PAST_ACTUAL_CHANGED: {
    severity: "warning",
    title: "지난 기간 실적 수정",
    message: (p) => `이전 제출 기준일(${p.asOf})에 이미 끝난 ${p.period} 기간의 실적이 고쳐졌습니다: 이전 ${p.before} → 현재 ${p.after}.`,
  },
  CUMULATIVE_DECREASED: {
    severity: "error",
    title: "실적 누계 감소",
    message: (p) => `지표 '${p.indicator}'의 실적 누계가 이전 제출보다 줄었습니다: 이전 ${p.before} → 현재 ${p.after}.`,
  },
  RATE_JUMP: {
    severity: "warning",
    title: "실적 변동 없는 이행률 상승",
    message: (p) => `실적과 목표는 그대로인데 이행률이 올랐습니다: 이전 ${p.before} → 현재 ${p.after}.`,
  },
  INDICATOR_ADDED: {
    severity: "warning",
    title: "지표 추가",
    message: (p) => `이전 제출에 없던 지표 ${withParticle(`'${p.indicator}'`, "이/가")} 생겼습니다.`,
  },
  INDICATOR_REMOVED: {
    severity: "warning",
    title: "지표 삭제",
    message: (p) => `이전 제출에 있던 지표 ${withParticle(`'${p.indicator}'`, "이/가")} 없어졌습니다.`,
  },
  PLEDGE_ADDED: {
    severity: "info",
    title: "공약 추가",
    message: (p) => `이전 제출에 없던 공약 ${withParticle(p.pledge, "이/가")} 생겼습니다.`,
  },
  PLEDGE_REMOVED: {
    severity: "warning",
    title: "공약 삭제",
    message: (p) => `이전 제출에 있던 공약 ${withParticle(p.pledge, "이/가")} 현재 제출에 없습니다.`,
  },
  STATUS_CHANGED: {
    // A step back from 완료 is a warning (compare.ts raises it); any other change is news.
    severity: "info",
    title: "추진상황 변경",
    message: (p) => `추진상황이 바뀌었습니다: 이전 ${p.before} → 현재 ${p.after}.`,
  },
  AS_OF_NOT_LATER: {
    severity: "warning",
    title: "기준일이 늦지 않음",
    message: (p) => `기준일(${p.after})이 이전 제출의 기준일(${p.before})보다 늦지 않습니다. 새 분기 자료인지 확인하세요.`,
  },
  NEW_ACTUAL: {
    severity: "info",
    title: "새 실적",
    message: (p) => `이전 제출 기준일(${p.asOf}) 뒤의 ${p.period} 기간 실적이 들어왔습니다: 이전 ${p.before} → 현재 ${p.after}.`,
  },
};

/** The Korean message of a change, from its code's template. */
export function renderChange<C extends ChangeCode>(code: C, params: ChangeParams[C]): string {
  return CHANGE_CODES[code].message(params);
}
