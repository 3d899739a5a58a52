// What Excel does to a string written through `range.values`: it reads it as if typed
// into the cell. Text-formatted (`@`) cells keep the text. This is a deliberately small
// subset (numbers, thousands separators, percents, accounting negatives, dates, TRUE/
// FALSE, the leading apostrophe) — enough to catch an adapter that writes "6-3-3" or
// "86%" as plain values and gets a date or a number back.
import { officeError } from "./errors";
import { GENERAL, type ExcelValue } from "./model";

export const TEXT_FORMAT = "@";

export interface Typed {
  value: ExcelValue;
  /** Format Excel applies when the cell was General, e.g. `0%` after typing "86%". */
  numberFormat?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ACCOUNTING = /^\((\d+(\.\d+)?)\)$/;
const DATE = /^(\d{1,4})[-/](\d{1,2})[-/](\d{1,4})$/;

/** Days since 1899-12-30, Excel's date serial. */
function serial(year: number, month: number, day: number): number | null {
  const date = Date.UTC(year, month - 1, day);
  const check = new Date(date);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((date - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function asDate(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  // yyyy-m-d when the first part is a year, else m-d-y as in an en-US workbook.
  if (m[1].length >= 3) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  return serial(fullYear(m[3]), Number(m[1]), Number(m[2]));
}

export function typedInput(input: ExcelValue, currentFormat: string): Typed {
  if (typeof input !== "string") return { value: input };
  if (currentFormat === TEXT_FORMAT) return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const text = input.trim();
  if (text.startsWith("=")) {
    throw officeError("NotImplemented", "memory-excel does not evaluate formulas; write text with the `@` number format");
  }
  const general = currentFormat === GENERAL;
  if (NUMBER.test(text)) return { value: Number(text) };
  if (GROUPED.test(text)) return { value: Number(text.replace(/,/g, "")), numberFormat: general ? "#,##0" : undefined };
  let m = PERCENT.exec(text);
  if (m) {
    const decimals = m[1].split(".")[1]?.length ?? 0;
    const format = decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
    return { value: Number(m[1]) / 100, numberFormat: general ? format : undefined };
  }
  m = ACCOUNTING.exec(text);
  if (m) return { value: -Number(m[1]) };
  const date = asDate(text);
  if (date !== null) return { value: date, numberFormat: general ? "m/d/yyyy" : undefined };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  return { value: input };
}
