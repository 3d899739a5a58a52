// How a stored value reads, decided once for every surface (Office.js, the .xlsx reader,
// the in-memory Excel, the grid after 이행률 채우기): a number under a percent format reads
// as the percent it shows (0.8571 under `0%` → "86%", the card's rule compares what is
// shown), a date serial under a date format as ISO text, an error as its text.
import type { CellValue, StoredValue } from "./types";
import { roundHalfUp } from "./rounding";
import { memo } from "./text";

/** What a number format means for the core: percent (with its decimals), date, or neither. */
export interface FormatKind {
  /** Decimals a percent format shows (`0.00%` → 2); null when it is not a percent format. */
  percent: number | null;
  date: boolean;
}

const GENERAL: FormatKind = { percent: null, date: false };

/** Quoted literals and backslash escapes show as text, never as format codes. */
function unquoted(format: string): string {
  return format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

/**
 * A date format as Excel and exceljs see it (exceljs utils.isDateFmt): after dropping
 * `[...]` sections (colours, locales, elapsed time) and quoted text, a y m d h s or b code.
 */
function isDateCode(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, ""));
}

export const formatKind = memo((format: string): FormatKind => {
  if (format === "" || format === "General" || format === "@") return GENERAL;
  const code = unquoted(format);
  if (code.includes("%")) {
    const m = /\.(0+)/.exec(code);
    return { percent: m ? m[1].length : 0, date: false };
  }
  return isDateCode(code) ? { percent: null, date: true } : GENERAL;
});

export function isPercentFormat(format: string | null | undefined): boolean {
  // Most formats hold no % at all (a hot path: every formatted cell is asked).
  return !!format && format.includes("%") && formatKind(format).percent !== null;
}

/**
 * The cell's percent format when a rate written there is stored as a fraction: a percent
 * format over a number or over an empty cell; null otherwise (text stays text).
 */
export function percentFormatOf(value: StoredValue | undefined, format: string | null | undefined): string | null {
  if (!format || !isPercentFormat(format)) return null;
  return value === null || value === undefined || value === "" || typeof value === "number" ? format : null;
}

/** The reading of a stored value under its number format (see the file's head). */
export function readStored(value: StoredValue | undefined, format?: string | null, date1904 = false, formula?: string | null): CellValue {
  if (value === null || value === undefined || value === "") {
    // A formula with no cached result reads as its text, so the core calls it unreadable rather than 0.
    return formula ? `=${formula}` : null;
  }
  if (typeof value === "object") return value.error;
  if (typeof value !== "number" || !format) return value;
  const kind = formatKind(format);
  if (kind.percent !== null) return `${roundHalfUp(value * 100, kind.percent).toFixed(kind.percent)}%`;
  if (kind.date) return serialDate(value, date1904) ?? value;
  return value;
}

/** 1900 system: serial 25569 is 1970-01-01 (Excel's 1900 leap-year bug included, as exceljs does); 1904: 24107. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/** A date serial as ISO text: `2025-06-30`, or with its time of day in UTC; null when no date. */
function serialDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) return null;
  const ms = Math.round((serial - (date1904 ? EPOCH_1904 : EPOCH_1900)) * 86_400_000);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
}

/** What a cell shows for a number under a percent format (kept for callers that have no grid). */
export function cellFromNumberFormat(value: CellValue, format: string | null | undefined): CellValue {
  if (typeof value !== "number" || !format) return value;
  const kind = formatKind(format);
  return kind.percent === null ? value : `${roundHalfUp(value * 100, kind.percent).toFixed(kind.percent)}%`;
}
