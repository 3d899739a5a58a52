// What 예외로 두기 and 예외 취소 write to the 점검 예외 sheet. Adapters read the sheet and
// the finding's cell, ask here, and write what comes back; they decide nothing.
import type { CellValue, Finding, SheetGrid } from "./types";
import { GridView } from "./grid";
import { findHeaderRow } from "./headerRow";
import { readExceptions } from "./exceptions";
import { cellText, compact } from "./text";
import { EXCEPTIONS_HEADER, EXCEPTIONS_KEY_HEADER } from "./rules";

const [SHEET, CELL, CODE, REASON, VALUE, AT] = EXCEPTIONS_HEADER;

/** The header a new 점검 예외 sheet gets (with 키 when findings carry identity keys). */
export function newExceptionsHeader(withKey: boolean): string[] {
  return withKey ? [...EXCEPTIONS_HEADER, EXCEPTIONS_KEY_HEADER] : [...EXCEPTIONS_HEADER];
}

/** A Korean reason why the reason cannot be used, or null when it can (it is required). */
export function reasonProblem(reason: string): string | null {
  return reason.trim() === "" ? "예외로 두는 사유를 적어 주세요. 사유가 없으면 예외로 둘 수 없습니다." : null;
}

/** yyyy-mm-dd hh:mm in local time, as a person would type it. */
export function exceptionTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export interface ExceptionRowWrite {
  /** 0-based sheet row and first column of the values. */
  row: number;
  col: number;
  /** Every cell as text; write them text-formatted so `6-3-3` does not become a date. */
  values: string[];
}

/**
 * The row accepting `finding`: under the last row of the table on `sheet` (null for a
 * sheet that does not exist yet: header in row 1, the row in row 2), in its column order.
 * `content` is the finding's cell as read now; it becomes 값.
 */
export function planExceptionRow(
  sheet: SheetGrid | null,
  finding: Finding,
  reason: string,
  content: CellValue,
  at: string,
): { header: ExceptionRowWrite | null; row: ExceptionRowWrite } {
  const key = finding.key;
  const fields: Record<string, string> = {
    [SHEET]: finding.sheet,
    [CELL]: finding.cell,
    [CODE]: finding.code,
    [REASON]: reason.trim(),
    [VALUE]: cellText(content),
    [AT]: at,
    [EXCEPTIONS_KEY_HEADER]: key,
  };
  const view = sheet ? new GridView(sheet) : null;
  const found = view ? findHeaderRow(view, [SHEET, CELL, CODE, REASON], [VALUE, AT, EXCEPTIONS_KEY_HEADER]) : null;
  if (!view || !found) {
    // A new sheet, or one without our header: the header goes below whatever is there.
    const top = view ? Math.max(view.top - 1, ...view.rowsWithValues()) + 1 : 0;
    const names = newExceptionsHeader(key !== "");
    return { header: { row: top, col: 0, values: names }, row: { row: top + 1, col: 0, values: names.map((n) => fields[n]) } };
  }
  const cols = [...found.columns.entries()];
  const left = Math.min(...cols.map(([, c]) => c));
  const right = Math.max(...cols.map(([, c]) => c));
  const values = new Array<string>(right - left + 1).fill("");
  for (const [name, col] of cols) values[col - left] = fields[name];
  const last = Math.max(found.row, ...view.rowsWithValues());
  return { header: null, row: { row: last + 1, col: left, values } };
}

/** The 0-based sheet rows of 점검 예외 that accept `finding` (what 예외 취소 removes). */
export function exceptionRowsFor(sheet: SheetGrid, finding: Finding): number[] {
  return readExceptions(sheet)
    .rows.filter(
      (row) =>
        (row.key !== null && row.key === finding.key) ||
        (compact(row.sheet) === compact(finding.sheet) && row.cell === finding.cell && row.code === finding.code),
    )
    .map((row) => row.sheetRow);
}
