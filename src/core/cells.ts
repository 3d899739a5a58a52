// Reading the two kinds of value cell: period cells (`8(16)`) and rate cells (`86%`).
import type { CellValue, RateStyle } from "./types";
import { decimalsOf, snap } from "./rounding";
import { formatKind } from "./storedValue";
import { memo, normalize } from "./text";
import { DASH_CHARS, isNoEntry } from "./rules/placeholders";

/**
 * What a period cell is: blank (nothing written), dash (`-` or a placeholder word: explicitly nothing this
 * period), a value (annual and/or cumulative, `8(16)`, `-(1)`, `5`) or unreadable.
 */
export type PeriodCell =
  | { kind: "blank" }
  | { kind: "dash" }
  | { kind: "value"; annual: number | null; cumulative: number | null }
  | { kind: "unreadable"; reason: "formula" | "form" };

export type PeriodCellKind = PeriodCell["kind"];

const DASH = `[${DASH_CHARS}]`;
// 1,234.5 or 1234.5, optionally signed; a unit word may follow (8회).
const NUM = "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+)";
const UNIT = "(?:[가-힣A-Za-z]{1,4})?";
const PART = `(?:${NUM}${UNIT}|(${DASH}))`;
const WITH_CUMULATIVE = new RegExp(`^(?:${PART})?\\(${PART}\\)$`);
const BARE_NUMBER = new RegExp(`^${NUM}${UNIT}$`);

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ""));
}

function stripped(text: string): string {
  return normalize(text).replace(/\s+/g, "").replace(/%/g, "");
}

export function parsePeriodCell(raw: CellValue): PeriodCell {
  if (raw === null || raw === undefined) return { kind: "blank" };
  if (typeof raw === "boolean") return { kind: "unreadable", reason: "form" };
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "value", annual: snap(raw), cumulative: null } : { kind: "unreadable", reason: "form" };
  }
  return parsePeriodText(raw);
}

// Parsed results are shared between cells with the same text; callers never mutate them.
const parsePeriodText = memo((raw: string): PeriodCell => {
  const text = stripped(raw);
  if (text === "") return { kind: "blank" };
  if (text.startsWith("=")) return { kind: "unreadable", reason: "formula" };
  // `-`, `해당없음`, `미정`, `N/A`: no entry this period (src/core/rules/placeholders.ts).
  if (isNoEntry(text)) return { kind: "dash" };
  const bare = BARE_NUMBER.exec(text);
  if (bare) return { kind: "value", annual: toNumber(bare[1]), cumulative: null };
  const pair = WITH_CUMULATIVE.exec(text);
  if (pair) {
    // groups: 1 annual number, 2 annual dash, 3 cumulative number, 4 cumulative dash
    const annual = pair[1] !== undefined ? toNumber(pair[1]) : null;
    const cumulative = pair[3] !== undefined ? toNumber(pair[3]) : null;
    if (annual === null && cumulative === null) return { kind: "dash" };
    return { kind: "value", annual, cumulative };
  }
  return { kind: "unreadable", reason: "form" };
});

export type RateCell =
  | { kind: "blank" }
  | { kind: "rate"; value: number; decimals: number; style: RateStyle }
  | { kind: "unreadable"; reason: "formula" | "form" };

const RATE = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))(%)?$/;

export function parseRateCell(raw: CellValue): RateCell {
  if (raw === null || raw === undefined) return { kind: "blank" };
  if (typeof raw === "boolean") return { kind: "unreadable", reason: "form" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "unreadable", reason: "form" };
    return { kind: "rate", value: snap(raw), decimals: decimalsOf(raw), style: "number" };
  }
  const text = normalize(raw).replace(/\s+/g, "");
  if (text === "" || isNoEntry(text)) return { kind: "blank" };
  if (text.startsWith("=")) return { kind: "unreadable", reason: "formula" };
  const m = RATE.exec(text.replace(/,/g, ""));
  if (!m) return { kind: "unreadable", reason: "form" };
  const digits = m[1].split(".")[1];
  return { kind: "rate", value: Number(m[1]), decimals: digits ? digits.length : 0, style: m[2] ? "percentText" : "text" };
}

/** A percent format showing `decimals` decimals: the cell's own when it already does, else `0.00%`. */
export function percentFormat(current: string | null, decimals: number): string {
  if (current && formatKind(current).percent === decimals) return current;
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}
