// Findings accepted with a reason: the 점검 예외 sheet, a plain table people read and edit.
// A row accepts a finding by its identity key (when the row has a 키), else by
// 시트 + 셀 + 코드. The row records the cell's content (값) when it was accepted;
// when the cell now holds something else the acceptance lapses and the finding counts again.
import type { Finding, Pledge, SheetGrid, SheetResult, WorkbookResult } from "./types";
import { GridView } from "./grid";
import { FindingList } from "./findings";
import { assignKeys } from "./keys";
import { findHeaderRow, textUnder, type HeaderRow } from "./headerRow";
import { parseA1, toA1 } from "./address";
import { cellText, compact } from "./text";
import { EXCEPTIONS_HEADER, EXCEPTIONS_KEY_HEADER, EXCEPTIONS_SHEET_NAME } from "./rules";

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
        { cell: toA1(first, view.columnsWithValues(first)[0]), role: "header" },
        { sheet: EXCEPTIONS_SHEET_NAME, header: EXCEPTIONS_HEADER },
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
    findings.add(
      "EXCEPTION_INCOMPLETE",
      { cell: address, role: "row" },
      { missing, cell: cell !== "" && at === null ? cell : null },
      { expected: missing.join(", ") },
    );
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
  const all = result.sheets.flatMap((sheet) => sheet.findings);
  // By identity first: a finding's key survives a renamed sheet and rows inserted above its card.
  const byKey = new Map(rows.filter((row) => row.key !== null).map((row) => [row.key as string, row]));
  const matched = new Map<Finding, ExceptionRow>();
  for (const finding of all) {
    const row = byKey.get(finding.key);
    if (row) matched.set(finding, row);
  }
  // Then by 시트 + 셀 + 코드: rows typed by hand, and keyed rows whose finding's key changed.
  const keyUsed = new Set(matched.values());
  const bySpot = new Map(rows.filter((row) => !keyUsed.has(row)).map((row) => [spot(row.sheet, row.cell, row.code), row]));
  for (const finding of all) {
    const row = matched.has(finding) ? undefined : bySpot.get(spot(finding.sheet, finding.cell, finding.code));
    if (row) matched.set(finding, row);
  }
  const views = new Map(grids.map((g) => [g.name, g]));
  for (const sheet of result.sheets) {
    let view: GridView | null = null;
    const owners = new Map<string, Pledge>(sheet.pledges.map((p) => [p.key, p]));
    for (const finding of sheet.findings) {
      const row = matched.get(finding);
      if (!row) continue;
      view ??= new GridView(views.get(sheet.name) ?? { name: sheet.name, values: [], merges: [] });
      const at = parseA1(finding.cell);
      const now = at ? cellText(view.shown(at.row, at.col)) : "";
      finding.accepted = { reason: row.reason, value: row.value, at: row.at };
      finding.lapsed = compact(now) !== compact(row.value);
      const owner = finding.pledgeKey !== null ? owners.get(finding.pledgeKey) : undefined;
      if (!finding.lapsed && owner) owner.counts[finding.severity]--;
    }
  }
  const used = new Set(matched.values());
  for (const row of rows) {
    if (used.has(row)) continue;
    findings.add(
      "EXCEPTION_UNUSED",
      { cell: row.address, role: "row" },
      { sheet: row.sheet, cell: row.cell, code: row.code },
      { found: `${row.sheet}!${row.cell} ${row.code}` },
    );
  }
  const own: SheetResult = { name: grid.name, pledges: [], findings: findings.items };
  // The sheet's own findings belong to no pledge; their keys are told apart by #n.
  assignKeys([{ result: own, ownerOf: new Map() }]);
  return { ...result, sheets: [...result.sheets, own] };
}
