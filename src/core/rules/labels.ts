// The words people write on a card: row labels (목표 / 이행), header and card labels,
// and the Korean words pledge-check uses for severities and values.
import type { Severity } from "../types";
import { compact } from "../text";

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

/** What a 구분 label says the row is; spacing ignored (`목표 (누계)`). */
export function rowLabelKind(label: string, words: LabelWords = DEFAULT_LABELS): "target" | "actual" | null {
  const text = compact(label);
  if (text === "") return null;
  if (words.target.some((w) => text.startsWith(compact(w)))) return "target";
  if (words.actual.some((w) => text.startsWith(compact(w)))) return "actual";
  return null;
}

export const NAME_HEADERS: ReadonlySet<string> = new Set(["확인지표", "지표", "지표명", "확인지표명", "성과지표"]);
export const DEPARTMENT_LABELS: ReadonlySet<string> = new Set(["주관부서", "담당부서", "소관부서", "부서", "주관부서명"]);

export const SEVERITY_LABELS: Record<Severity, string> = { error: "오류", warning: "경고", info: "참고" };

/** The words for a finding's values, the same in notes, 검토 결과, the pane and the CLI. */
export const VALUE_LABELS = { expected: "기대값", found: "현재값", hint: "입력 안내" } as const;
