// The record of what 이행률 채우기 replaced: a dated row per written cell on its own sheet,
// appended on every fill. 표시 지우기 removes marks, never this record, so the value a
// department typed before the fill can always be found again.
import type { CellValue, CellWrite } from "./types";
import { shownWrite } from "./flags";
import { FILL_LOG_MARKER, FILL_LOG_SHEET_NAME } from "./rules";

export { FILL_LOG_MARKER, FILL_LOG_SHEET_NAME } from "./rules";
export const FILL_LOG_HEADER = ["채운 때", "시트", "셀", "원래 값", "쓴 값"];
/** Rows above the first entry: the marker and the header. */
export const FILL_LOG_HEAD_ROWS = 2;

const text = (v: CellValue | undefined) => (v === null || v === undefined || v === "" ? "(빈칸)" : String(v));
const two = (n: number) => String(n).padStart(2, "0");

/** Local time as the log shows it: `2026-11-22 13:05`. */
export function logTime(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** One row per write, all text: the log is read, never computed on; a written value as its cell shows it (86%). */
export function fillLogRows(writes: readonly CellWrite[], when: Date): string[][] {
  const at = logTime(when);
  return writes.map((w) => [at, w.sheet, w.cell, text(w.previous), shownWrite(w)]);
}

/** `이행률 채우기 기록` or `이행률 채우기 기록 (2)`…: a sheet of that name is ours when A1 holds the marker. */
export function chooseFillLogSheet(existing: readonly { name: string; a1: CellValue }[]): { name: string; exists: boolean } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? FILL_LOG_SHEET_NAME : `${FILL_LOG_SHEET_NAME} (${n})`;
    const sheet = existing.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) return { name, exists: false };
    if (sheet.a1 === FILL_LOG_MARKER) return { name: sheet.name, exists: true };
  }
}
