// Where pledge-check remembers, inside the workbook, what it changed: one row per flagged
// cell with its original fill, the colour it applied and how it explained the flag. A
// very hidden sheet, so it survives saving, closing and reopening, and the user never
// sees it. Everything is written as text (`@`) so Excel cannot turn "6-3-3" into a date.
//
// Records are keyed by the sheet's Worksheet.id (ExcelApi 1.1), which survives a rename;
// the name is kept too, for stores written before ids were (v1) and for reading. A record
// whose sheet cannot be found is never dropped: it stays in the store.
//
// Excel refuses to delete a very hidden sheet (Worksheet.delete: InvalidOperation), so
// the store is made hidden first whenever it goes (see write.ts).
import type { OriginalFill } from "./fills";
import { STORE_SHEET_NAME } from "../core";

export { STORE_SHEET_NAME };
const MARK_V1 = "pledge-check store v1";
const MARK = "pledge-check store v2";
// Columns A–G as in v1; the sheet id and the tint were added at the end.
const HEADER = ["시트", "셀", "원래 채우기 색", "무늬", "무늬 색", "표시한 색", "설명 방식", "시트 ID", "원래 명암"];

export type Explanation = "note" | "comment" | "none";

export interface StoredFlag {
  sheet: string;
  /** Worksheet.id of the sheet when the flag was made; absent in v1 stores. */
  sheetId?: string;
  cell: string;
  original: OriginalFill;
  /** The fill pledge-check applied; a different fill now means the user recoloured the cell. */
  applied: string;
  explanation: Explanation;
}

export interface Store {
  flags: StoredFlag[];
  /** The findings sheet pledge-check wrote, so it is replaced or removed and never a user's sheet of that name. */
  findingsSheet: string | null;
}

export function encodeStore(store: Store): string[][] {
  const pad = (row: string[]) => [...row, ...new Array<string>(HEADER.length - row.length).fill("")];
  return [
    pad([MARK, store.findingsSheet ?? ""]),
    HEADER,
    ...store.flags.map((e) => [
      e.sheet,
      e.cell,
      e.original?.color ?? "",
      e.original?.pattern ?? "",
      e.original?.patternColor ?? "",
      e.applied,
      e.explanation,
      e.sheetId ?? "",
      e.original?.tintAndShade ? String(e.original.tintAndShade) : "",
    ]),
  ];
}

/** Reads the store back (v1 or v2); rows that do not make sense are skipped, never guessed. */
export function decodeStore(values: unknown[][]): Store {
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const mark = text(values[0]?.[0]);
  if (mark !== MARK && mark !== MARK_V1) return { flags: [], findingsSheet: null };
  const out: StoredFlag[] = [];
  for (const row of values.slice(2)) {
    const [sheet, cell, color, pattern, patternColor, applied, explanation, sheetId, tint] = row.map(text);
    if (!sheet || !/^[A-Z]{1,3}[1-9]\d*$/.test(cell)) continue;
    const tintAndShade = Number(tint);
    const original: OriginalFill = color
      ? { color, pattern: pattern || "Solid", ...(patternColor ? { patternColor } : {}), ...(tint && Number.isFinite(tintAndShade) && tintAndShade !== 0 ? { tintAndShade } : {}) }
      : null;
    const kind: Explanation = explanation === "note" || explanation === "comment" ? explanation : "none";
    out.push({ sheet, ...(sheetId ? { sheetId } : {}), cell, original, applied, explanation: kind });
  }
  return { flags: out, findingsSheet: text(values[0][1]) || null };
}

/**
 * The records whose sheet is still there — found by id (a renamed sheet keeps its id),
 * or by name for a v1 record without one — with the sheet's current name; the rest are
 * unmatched and must be kept.
 */
export function matchStore(flags: StoredFlag[], sheets: { id: string; name: string }[]): { matched: StoredFlag[]; unmatched: StoredFlag[] } {
  const byId = new Map(sheets.map((s) => [s.id, s.name]));
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const matched: StoredFlag[] = [];
  const unmatched: StoredFlag[] = [];
  for (const f of flags) {
    const sheet = f.sheetId !== undefined ? (byId.has(f.sheetId) ? { id: f.sheetId, name: byId.get(f.sheetId) as string } : undefined) : byName.get(f.sheet.toLowerCase());
    if (sheet) matched.push({ ...f, sheet: sheet.name, sheetId: sheet.id });
    else unmatched.push(f);
  }
  return { matched, unmatched };
}
