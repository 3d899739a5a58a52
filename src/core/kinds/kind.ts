// Kinds of indicator (../shared/domain.md "Kinds of indicator"), recognised from the
// unit, the name, the values or an explicit marker in the name such as `[수준]`.
//   count      — values add up (rule 2 on running totals);
//   level      — each value is the level reached (공정률 20 %, 50 %, …): rate = latest level ÷ final target level;
//   decreasing — fewer is better (교통사고 사망자 수), measured against a baseline;
//   milestone  — stages (설계 → 착공 → 준공; 추진중 / 완료), not numbers.
import type { CellValue } from "../types";
import { parsePeriodCell } from "../cells";
import { compact } from "../text";

export type IndicatorKind = "count" | "level" | "decreasing" | "milestone";

const LEVEL_UNITS = new Set(["%", "％", "퍼센트", "percent"]);
const LEVEL_NAME = /(공정률|진척률|진행률|진도율|공정\(%\)|달성도|보급률|가입률|참여율|비율|점유율|만족도|수준|\[수준\]|\(수준\))/;
const DECREASING_NAME = /(사망|사고건수|사고발생|감소|줄이|저감|범죄|체납|미세먼지|대기시간|소요시간|발생건수|\[감소\]|\(감소\))/;
// Work that prevents something is counted up, even when its name mentions what it prevents.
const COUNTED_WORK = /(예방|교육|캠페인|점검|홍보|설치|정비|지원)/;
/** Words that name a stage of work rather than an amount. */
const STAGE_WORDS = ["기본계획", "계획수립", "실시설계", "기본설계", "설계", "용역", "착수", "착공", "준공", "완공", "완료", "추진중", "준비", "발주", "계약", "협의", "인허가", "개관", "개소", "개통", "운영", "시행", "조성", "구축", "추진", "미추진", "검토"];

/** Text that names a stage (`착공`, `설계 완료`, `준공(100%)`), not a number we cannot read. */
export function stageWord(raw: CellValue): string | null {
  // Most cells read as numbers (a memoised parse): only the rest can be stage words.
  if (typeof raw !== "string" || parsePeriodCell(raw).kind !== "unreadable") return null;
  const key = compact(raw).replace(/\(.*\)$/, "");
  if (key === "" || !/[가-힣]/.test(key)) return null;
  return STAGE_WORDS.some((w) => key.includes(w)) ? key : null;
}

export function detectKind(name: string, unit: string, hasStage: boolean): IndicatorKind {
  if (hasStage) return "milestone";
  const key = compact(name);
  if (DECREASING_NAME.test(key) && !COUNTED_WORK.test(key)) return "decreasing";
  if (LEVEL_UNITS.has(compact(unit)) || LEVEL_NAME.test(key)) return "level";
  return "count";
}

/** One line per kind for the plain report and the pane. */
export const KIND_LABELS: Record<IndicatorKind, string> = {
  count: "누계형(합산)",
  level: "수준형(최종 수준)",
  decreasing: "감소형",
  milestone: "단계형",
};
