// 추진상황: the status names a card may carry, their spacing-free keys, which count as
// done for 완료율 and which claim the pledge is finished (so a rate under 100 is a conflict).
import { compact } from "../text";

export interface StatusRule {
  /** Spacing- and marker-free form, e.g. `완료후계속추진`. */
  key: string;
  /** Canonical spelling, e.g. `완료 후 계속추진`. */
  name: string;
  /** Counts as done in 완료율 (default; the planning office may choose others). */
  complete: boolean;
  /** Says the pledge is finished: a pledge rate under 100 is a STATUS_RATE_CONFLICT. */
  requiresFull: boolean;
}

/** In the order the 요약 lists them. */
export const STATUSES: readonly StatusRule[] = [
  { key: "완료종결", name: "완료 종결", complete: true, requiresFull: true },
  { key: "완료", name: "완료", complete: true, requiresFull: true },
  { key: "완료후계속추진", name: "완료 후 계속추진", complete: true, requiresFull: false },
  { key: "이행후계속추진", name: "이행 후 계속추진", complete: true, requiresFull: false },
  { key: "이행완료", name: "이행 완료", complete: true, requiresFull: true },
  { key: "정상추진", name: "정상추진", complete: false, requiresFull: false },
  { key: "일부추진", name: "일부추진", complete: false, requiresFull: false },
  { key: "추진중", name: "추진 중", complete: false, requiresFull: false },
  { key: "보류", name: "보류", complete: false, requiresFull: false },
  { key: "폐기", name: "폐기", complete: false, requiresFull: false },
  { key: "미추진", name: "미추진", complete: false, requiresFull: false },
];

const BY_KEY = new Map(STATUSES.map((s) => [s.key, s]));

/** Known statuses by their compact key; `*일부추진` in the printed card loses its marker. */
export const STATUS_KEYS: ReadonlySet<string> = new Set(STATUSES.map((s) => s.key));

/** The statuses named in UNKNOWN_STATUS's message, as the printed card lists them. */
export const LISTED_STATUSES = ["완료 종결", "완료 후 계속추진", "정상추진", "일부추진", "보류", "폐기", "미추진"];

export function statusKey(text: string): string {
  return compact(text).replace(/^[*※]+/, "");
}

export function statusRule(status: string | null): StatusRule | undefined {
  return status ? BY_KEY.get(statusKey(status)) : undefined;
}

/** Canonical spelling of a status; unknown ones keep their compact form, "" for none. */
export function statusName(status: string | null): string {
  if (!status) return "";
  const key = statusKey(status);
  return BY_KEY.get(key)?.name ?? key;
}

/** Default statuses that count as done in 완료율, by name. */
export const DEFAULT_COMPLETE_STATUSES: readonly string[] = STATUSES.filter((s) => s.complete).map((s) => s.name);

/** Position in the 요약's status list; unknown ones after the known, "" (none) last. */
export function statusOrder(name: string): number {
  const i = STATUSES.findIndex((s) => s.name === name);
  return i < 0 ? STATUSES.length + (name === "" ? 1 : 0) : i;
}
