// Row labels by meaning (구분 column): which row is a target, an actual or a 달성률 row, and
// whether it holds annual values, cumulatives, or the usual `annual(cumulative)` pair.
import { compact, memo } from "../text";

export type RowRole = "target" | "actual" | "rate";
/** `annual` 연간 values, `cumulative` 누계 values, `plain` either (the `8(16)` form, or unsaid). */
export type RowSpan = "annual" | "cumulative" | "plain";

export interface RowLabel {
  role: RowRole;
  span: RowSpan;
}

export const TARGET_WORDS = ["목표", "계획"];
export const ACTUAL_WORDS = ["추진실적", "실적", "이행", "달성"];
const RATE_WORDS = ["달성률", "이행률", "달성도", "진도율"];
const CUMULATIVE_WORDS = ["누계", "누적"];
const ANNUAL_WORDS = ["연간", "년간", "당해", "연도별", "단년", "해당연도", "연별"];

export function spanOf(key: string): RowSpan {
  if (CUMULATIVE_WORDS.some((w) => key.includes(w))) return "cumulative";
  if (ANNUAL_WORDS.some((w) => key.includes(w))) return "annual";
  return "plain";
}

/** What a 구분 cell says, or null when it is no target/actual/rate label. */
export const readRowLabel = memo((text: string): RowLabel | null => {
  const key = compact(text).replace(/[()[\]{}<>%·:]/g, "");
  if (key === "") return null;
  // `달성률 (%)`, `목표 대비 실적`: a ratio row, neither a target nor an actual.
  if (RATE_WORDS.some((w) => key.startsWith(w) || key.endsWith(w)) || key.includes("대비")) return { role: "rate", span: "plain" };
  // `누계 목표`, `목표(누계)`, `계획`, `추진실적(누적)`: the word may follow a span word.
  const body = key.replace(/^(누계|누적|연간|년간|당해)/, "");
  // `달성목표`, `추진계획`: a target, though the word starts like an actual.
  if (TARGET_WORDS.some((w) => body.startsWith(w) || body.startsWith(`달성${w}`) || body.startsWith(`추진${w}`))) return { role: "target", span: spanOf(key) };
  if (ACTUAL_WORDS.some((w) => body.startsWith(w))) return { role: "actual", span: spanOf(key) };
  return null;
});

/** A sub-header under a period in the two-row header: `연간` or `누계`; null otherwise. */
export function subHeaderSpan(text: string): "annual" | "cumulative" | null {
  const key = compact(text).replace(/[()[\]]/g, "");
  if (key === "") return null;
  if (CUMULATIVE_WORDS.some((w) => key.startsWith(w))) return "cumulative";
  if (ANNUAL_WORDS.some((w) => key.startsWith(w))) return "annual";
  return null;
}

/** `(삭제)`, `(폐지)` after an indicator's name: withdrawn, kept on the card for the record. */
export function isWithdrawnName(name: string): boolean {
  return /[([]\s*(삭제|폐지|제외|취소)\s*[)\]]/.test(name);
}
