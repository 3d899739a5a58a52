// Findings accepted with a reason: the 점검 예외 sheet, a plain table people read and edit.
// A row accepts a finding by its identity key (when the row has a 키 and the finding one),
// else by 시트 + 셀 + 코드. The row records the cell's content (값) when it was accepted;
// when the cell now holds something else the acceptance lapses and the finding counts again.
import type { Finding, Pledge, SheetGrid, SheetResult, WorkbookResult } from "./types";
import { GridView } from "./grid";
import { FindingList } from "./findings";
import { findHeaderRow, textUnder, type HeaderRow } from "./headerRow";
import { parseA1, toA1 } from "./address";
import { cellText, compact } from "./text";
import { EXCEPTIONS_HEADER, EXCEPTIONS_KEY_HEADER, EXCEPTIONS_SHEET_NAME } from "./rules/reviewSheets";

const [SHEET, CELL, CODE, REASON, VALUE, AT] = EXCEPTIONS_HEADER;

/** One usable row of the 점검 예외 sheet. */
export interface ExceptionRow {
  sheet: string;
  /** A1 without `$`. */
  cell: string;
  code: string;
  reason: string;
  /** The cell's content when accepted, as text ("" = the cell was blank). */
  value: string;
  at: string | null;
  /** A finding's identity key, when the row has one. */
  key: string | null;
  /** Where the row is on the 점검 예외 sheet, for findings about the row itself. */
  address: string;
  /** Its 0-based sheet row. */
  sheetRow: number;
}

export interface ExceptionSheet {
  rows: ExceptionRow[];
  /** Findings about the sheet itself (no header, incomplete rows). */
  findings: FindingList;
}

/** A finding counts as accepted when a row matches it and its cell has not changed since. */
export function isAccepted(finding: Finding): boolean {
  return finding.accepted !== undefined && finding.lapsed !== true;
}

/** The Korean note for a finding whose acceptance lapsed; null when it did not. */
export function lapseNote(finding: Finding): string | null {
  if (!finding.accepted || !finding.lapsed) return null;
  const then = finding.accepted.value === "" ? "빈칸" : finding.accepted.value;
  return `예외로 둔 뒤 셀 내용이 바뀌어(예외 당시 '${then}') 예외가 풀렸습니다. 다시 확인하세요.`;
}

export function findExceptionsSheet(grids: readonly SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => compact(g.name) === compact(EXCEPTIONS_SHEET_NAME));
}

export function readExceptions(grid: SheetGrid): ExceptionSheet {
  const view = new GridView(grid);
  const findings = new FindingList(view.name);
  const rows: ExceptionRow[] = [];
  const header = findHeaderRow(view, [SHEET, CELL, CODE, REASON], [VALUE, AT, EXCEPTIONS_KEY_HEADER]);
  if (header === null) {
    const first = view.rowsWithValues()[0];
    if (first !== undefined) {
      findings.add(
        "EXCEPTION_HEADER_MISSING",
        toA1(first, view.columnsWithValues(first)[0]),
        `'${EXCEPTIONS_SHEET_NAME}' 시트에서 머리글 행(${EXCEPTIONS_HEADER.join(" | ")})을 찾지 못해 예외를 하나도 적용하지 않았습니다.`,
        { expected: EXCEPTIONS_HEADER.join(" | ") },
      );
    }
    return { rows, findings };
  }
  for (const r of view.rowsWithValues()) {
    if (r <= header.row) continue;
    const row = readRow(view, header, r, findings);
    if (row) rows.push(row);
  }
  return { rows, findings };
}

function readRow(view: GridView, header: HeaderRow, r: number, findings: FindingList): ExceptionRow | null {
  const text = (name: string) => textUnder(view, header, r, name);
  const address = toA1(r, header.columns.get(SHEET) as number);
  const sheet = text(SHEET);
  const at = parseA1(text(CELL).toUpperCase());
  const code = text(CODE).toUpperCase();
  const reason = text(REASON);
  const missing: string[] = [
    sheet === "" ? SHEET : null,
    at === null ? CELL : null,
    code === "" ? CODE : null,
    reason === "" ? REASON : null,
  ].filter((name) => name !== null) as string[];
  if (missing.length > 0) {
    const cell = text(CELL);
    const why = cell !== "" && at === null ? ` (셀 '${cell}'은(는) A1 형식 주소가 아님)` : "";
    findings.add("EXCEPTION_INCOMPLETE", address, `점검 예외 행의 ${missing.join("·")}이(가) 비어 있거나 읽을 수 없어${why} 이 행은 예외로 쓰지 않습니다.`, {
      expected: missing.join(", "),
    });
    return null;
  }
  const key = text(EXCEPTIONS_KEY_HEADER);
  return {
    sheet,
    cell: toA1(at!.row, at!.col),
    code,
    reason,
    value: text(VALUE),
    at: text(AT) || null,
    key: key === "" ? null : key,
    address,
    sheetRow: r,
  };
}

function spot(sheet: string, cell: string, code: string): string {
  return `${compact(sheet)}\u0000${cell}\u0000${code}`;
}

/**
 * Checks the workbook's exception rows against the findings of the pledge sheets: marks
 * matching findings accepted (or lapsed), takes accepted ones out of their pledge's counts,
 * and adds the 점검 예외 sheet's own findings (unusable rows, rows that match nothing).
 */
export function applyExceptions(result: WorkbookResult, grids: readonly SheetGrid[]): WorkbookResult {
  const grid = findExceptionsSheet(grids);
  if (!grid) return result;
  const { rows, findings } = readExceptions(grid);
  const byKey = new Map(rows.filter((row) => row.key !== null).map((row) => [row.key as string, row]));
  const bySpot = new Map(rows.map((row) => [spot(row.sheet, row.cell, row.code), row]));
  const views = new Map(grids.map((g) => [g.name, g]));
  const used = new Set<ExceptionRow>();
  for (const sheet of result.sheets) {
    let view: GridView | null = null;
    const owners = ownersOf(sheet);
    sheet.findings.forEach((finding, index) => {
      const key = (finding as { key?: string }).key;
      const row = (key !== undefined ? byKey.get(key) : undefined) ?? bySpot.get(spot(finding.sheet, finding.cell, finding.code));
      if (!row) return;
      used.add(row);
      view ??= new GridView(views.get(sheet.name) ?? { name: sheet.name, values: [], merges: [] });
      const at = parseA1(finding.cell);
      const now = at ? cellText(view.shown(at.row, at.col)) : "";
      finding.accepted = { reason: row.reason, value: row.value, at: row.at };
      finding.lapsed = compact(now) !== compact(row.value);
      const owner = owners[index];
      if (!finding.lapsed && owner) owner.counts[finding.severity]--;
    });
  }
  for (const row of rows) {
    if (used.has(row)) continue;
    findings.add(
      "EXCEPTION_UNUSED",
      row.address,
      `이 예외(${row.sheet}!${row.cell} ${row.code})에 맞는 점검 결과가 없습니다. 문제가 고쳐졌다면 행을 지우고, 시트 이름이나 셀 위치가 바뀌었다면 행을 고쳐 주세요.`,
      { found: `${row.sheet}!${row.cell} ${row.code}` },
    );
  }
  const own: SheetResult = { name: grid.name, pledges: [], findings: findings.items };
  return { ...result, sheets: [...result.sheets, own] };
}

/**
 * The pledge each finding belongs to. A sheet's findings are added pledge by pledge, so
 * each pledge owns the next (its counts' total) findings of the list.
 */
function ownersOf(sheet: SheetResult): (Pledge | undefined)[] {
  const owners: (Pledge | undefined)[] = [];
  for (const pledge of sheet.pledges) {
    const n = pledge.counts.error + pledge.counts.warning + pledge.counts.info;
    for (let i = 0; i < n; i++) owners.push(pledge);
  }
  return owners;
}
