// The rules a planning office may set differently, with their defaults. The add-in uses
// the defaults; the command line reads them from `--config FILE` (README: "Configuration").
import { DEFAULT_LABELS, type LabelWords } from "./labels";
import { DEFAULT_SUMMARY_PRECISION } from "./precision";
import { DEFAULT_COMPLETE_STATUSES, statusKey } from "./statuses";
import { withParticle } from "../josa";

export interface Rules {
  /** Statuses that count as done in 완료율 (spacing ignored). */
  completeStatuses: readonly string[];
  /** Decimals the summary shows rates at on `auto` (0, 1 or 2). */
  summaryPrecision: 0 | 1 | 2;
  /** The 구분 words that start a target or an actual row. */
  labels: LabelWords;
}

export const DEFAULT_RULES: Rules = {
  completeStatuses: DEFAULT_COMPLETE_STATUSES,
  summaryPrecision: DEFAULT_SUMMARY_PRECISION,
  labels: DEFAULT_LABELS,
};

export function isComplete(statusName: string, rules: Rules = DEFAULT_RULES): boolean {
  const key = statusKey(statusName);
  return key !== "" && rules.completeStatuses.some((s) => statusKey(s) === key);
}

const KEYS = ["completeStatuses", "summaryPrecision", "labels"];

function words(value: unknown, what: string): string[] | string {
  if (!Array.isArray(value) || value.length === 0 || value.some((w) => typeof w !== "string" || w.trim() === "")) {
    return `${withParticle(what, "은/는")} 비어 있지 않은 문자열 목록이어야 합니다.`;
  }
  return value.map((w: string) => w.trim());
}

/** Rules from a parsed config file: unknown keys and wrong types are refused in Korean, missing keys keep their defaults. */
export function rulesFromConfig(config: unknown): { rules: Rules } | { problem: string } {
  if (typeof config !== "object" || config === null || Array.isArray(config)) return { problem: "설정 파일은 JSON 객체({ ... })여야 합니다." };
  const given = config as Record<string, unknown>;
  const unknown = Object.keys(given).filter((k) => !KEYS.includes(k));
  if (unknown.length > 0) return { problem: `설정 파일에 알 수 없는 항목이 있습니다: ${unknown.join(", ")} (쓸 수 있는 항목: ${KEYS.join(", ")})` };
  const rules: Rules = { ...DEFAULT_RULES, labels: { ...DEFAULT_RULES.labels } };
  if (given.completeStatuses !== undefined) {
    const list = words(given.completeStatuses, "completeStatuses");
    if (typeof list === "string") return { problem: list };
    rules.completeStatuses = list;
  }
  if (given.summaryPrecision !== undefined) {
    const p = given.summaryPrecision;
    if (p !== 0 && p !== 1 && p !== 2) return { problem: "summaryPrecision은 0, 1, 2 중 하나여야 합니다." };
    rules.summaryPrecision = p;
  }
  if (given.labels !== undefined) {
    const labels = given.labels as Record<string, unknown>;
    if (typeof labels !== "object" || labels === null || Array.isArray(labels)) return { problem: "labels는 { \"target\": [...], \"actual\": [...] } 형식이어야 합니다." };
    const extra = Object.keys(labels).filter((k) => k !== "target" && k !== "actual");
    if (extra.length > 0) return { problem: `labels에 알 수 없는 항목이 있습니다: ${extra.join(", ")} (target, actual만 쓸 수 있습니다)` };
    for (const which of ["target", "actual"] as const) {
      if (labels[which] === undefined) continue;
      const list = words(labels[which], `labels.${which}`);
      if (typeof list === "string") return { problem: list };
      rules.labels = { ...rules.labels, [which]: list };
    }
  }
  return { rules };
}
