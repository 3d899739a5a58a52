// The words people write on a card: row labels by meaning (which row is a target, an actual
// or a 달성률 row, and whether it holds annual values, cumulatives, or the usual
// `annual(cumulative)` pair), header and card labels, and the Korean words pledge-check uses
// for severities and values. The target/actual words are configurable (Rules.labels).
import type { Severity } from "../types";
import { compact, memo } from "../text";

export interface LabelWords {
  /** A 구분 cell starting with one of these is a target row. */
  target: readonly string[];
  /** A 구분 cell starting with one of these is an actual row. */
  actual: readonly string[];
}

export const DEFAULT_LABELS: LabelWords = {
  target: ["목표", "계획"],
  actual: ["이행", "실적", "추진실적", "달성"],
};

export type RowRole = "target" | "actual" | "rate";
/** `annual` 연간 values, `cumulative` 누계 values, `plain` either (the `8(16)` form, or unsaid). */
export type RowSpan = "annual" | "cumulative" | "plain";

export interface RowLabel {
  role: RowRole;
  span: RowSpan;
}

const RATE_WORDS = ["달성률", "이행률", "달성도", "진도율"];
const CUMULATIVE_WORDS = ["누계", "누적"];
const ANNUAL_WORDS = ["연간", "년간", "당해", "연도별", "단년", "해당연도", "연별"];

export function spanOf(key: string): RowSpan {
  if (CUMULATIVE_WORDS.some((w) => key.includes(w))) return "cumulative";
  if (ANNUAL_WORDS.some((w) => key.includes(w))) return "annual";
  return "plain";
}

function labelReader(words: LabelWords): (text: string) => RowLabel | null {
  const target = words.target.map((w) => compact(w)).filter((w) => w !== "");
  const actual = words.actual.map((w) => compact(w)).filter((w) => w !== "");
  return memo((text: string): RowLabel | null => {
    const key = compact(text).replace(/[()[\]{}<>%·:]/g, "");
    if (key === "") return null;
    // `달성률 (%)`, `목표 대비 실적`: a ratio row, neither a target nor an actual.
    if (RATE_WORDS.some((w) => key.startsWith(w) || key.endsWith(w)) || key.includes("대비")) return { role: "rate", span: "plain" };
    // `누계 목표`, `목표(누계)`, `계획`, `추진실적(누적)`: the word may follow a span word.
    const body = key.replace(/^(누계|누적|연간|년간|당해)/, "");
    // `달성목표`, `추진계획`: a target, though the word starts like an actual.
    if (target.some((w) => body.startsWith(w) || body.startsWith(`달성${w}`) || body.startsWith(`추진${w}`))) return { role: "target", span: spanOf(key) };
    if (actual.some((w) => body.startsWith(w))) return { role: "actual", span: spanOf(key) };
    return null;
  });
}

// One memoised reader per word list (the defaults, or a planning office's config).
const readers = new WeakMap<LabelWords, (text: string) => RowLabel | null>();

/** What a 구분 cell says, or null when it is no target/actual/rate label. */
export function readRowLabel(text: string, words: LabelWords = DEFAULT_LABELS): RowLabel | null {
  let read = readers.get(words);
  if (!read) {
    read = labelReader(words);
    readers.set(words, read);
  }
  return read(text);
}

/** What a 구분 label says the row is (a target or an actual); spacing ignored (`목표 (누계)`). */
export function rowLabelKind(label: string, words: LabelWords = DEFAULT_LABELS): "target" | "actual" | null {
  const read = readRowLabel(label, words);
  return read && read.role !== "rate" ? read.role : null;
}

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
  // In brackets (`(삭제)`, `(2024 폐지)`), after ※ at the start, or after a dash or arrow at the end;
  // never the bare word inside a name (폐지 수거함: waste paper).
  return (
    /[([][^)\]]*(삭제|폐지|제외|취소)[^)\]]*[)\]]/.test(name) ||
    /^\s*[※*]\s*(삭제|폐지|제외)/.test(name) ||
    /[-–—→]\s*(삭제|폐지|제외)(됨)?\s*$/.test(name)
  );
}

export const NAME_HEADERS: ReadonlySet<string> = new Set(["확인지표", "지표", "지표명", "확인지표명", "성과지표"]);
export const DEPARTMENT_LABELS: ReadonlySet<string> = new Set(["주관부서", "담당부서", "소관부서", "부서", "주관부서명"]);

export const SEVERITY_LABELS: Record<Severity, string> = { error: "오류", warning: "경고", info: "참고" };

/** The words for a finding's values, the same in notes, 검토 결과, the pane and the CLI. */
export const VALUE_LABELS = { expected: "기대값", found: "현재값", hint: "입력 안내" } as const;
