// A money cell of the 연도별 투자 계획: a number, text with thousands separators (`1,250`),
// or blank / `-` for nothing (0). Anything else cannot be read and is never taken as 0.
import type { CellValue } from "../types";
import { decimalsOf, snap } from "../rounding";
import { normalize } from "../text";

export type Amount =
  | { kind: "value"; value: number; decimals: number; blank: boolean }
  | { kind: "unreadable"; reason: "formula" | "form" };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DASH = /^[-‐‑‒–—―−ㅡ\u1173]+$/;

export function readAmount(raw: CellValue): Amount {
  if (raw === null || raw === undefined) return { kind: "value", value: 0, decimals: 0, blank: true };
  if (typeof raw === "boolean") return { kind: "unreadable", reason: "form" };
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "value", value: snap(raw), decimals: decimalsOf(raw, 6), blank: false } : { kind: "unreadable", reason: "form" };
  }
  const text = normalize(raw).replace(/\s+/g, "");
  if (text === "" || DASH.test(text)) return { kind: "value", value: 0, decimals: 0, blank: true };
  if (text.startsWith("=")) return { kind: "unreadable", reason: "formula" };
  if (!NUMBER.test(text)) return { kind: "unreadable", reason: "form" };
  const digits = text.split(".")[1];
  return { kind: "value", value: Number(text.replace(/,/g, "")), decimals: digits ? Math.min(6, digits.length) : 0, blank: false };
}

/** A value as a whole number of 10^-decimals: exact sums without binary noise (36.1 + 84.2 = 120.3). */
export function scaled(value: number, decimals: number): number {
  // A value showing `decimals` decimals lies within binary noise of a whole number once scaled.
  return decimals === 0 && Number.isInteger(value) ? value : Math.round(value * 10 ** decimals);
}

/** A scaled sum back as a plain number at that precision. */
export function unscaled(units: number, decimals: number): number {
  return snap(units / 10 ** decimals);
}
