// Where pledge-check remembers, inside the workbook, what it changed: one row per flagged
// cell with its original fill, the colour it applied and how it explained the flag. A
// very hidden sheet, so it survives saving, closing and reopening, and the user never
// sees it. Everything is written as text (`@`) so Excel cannot turn "6-3-3" into a date.
import type { OriginalFill } from "./fills";

export const STORE_SHEET_NAME = "_pledge_check_store";
const MARK = "pledge-check store v1";
const HEADER = ["시트", "셀", "원래 채우기 색", "무늬", "무늬 색", "표시한 색", "설명 방식"];

export type Explanation = "note" | "comment" | "none";

export interface StoredFlag {
  sheet: string;
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
  const entries = store.flags;
  return [
    pad([MARK, store.findingsSheet ?? ""]),
    HEADER,
    ...entries.map((e) => [
      e.sheet,
      e.cell,
      e.original?.color ?? "",
      e.original?.pattern ?? "",
      e.original?.patternColor ?? "",
      e.applied,
      e.explanation,
    ]),
  ];
}

/** Reads the store back; rows that do not make sense are skipped, never guessed. */
export function decodeStore(values: unknown[][]): Store {
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  if (text(values[0]?.[0]) !== MARK) return { flags: [], findingsSheet: null };
  const out: StoredFlag[] = [];
  for (const row of values.slice(2)) {
    const [sheet, cell, color, pattern, patternColor, applied, explanation] = row.map(text);
    if (!sheet || !/^[A-Z]{1,3}[1-9]\d*$/.test(cell)) continue;
    const original: OriginalFill = color ? { color, pattern: pattern || "Solid", ...(patternColor ? { patternColor } : {}) } : null;
    const kind: Explanation = explanation === "note" || explanation === "comment" ? explanation : "none";
    out.push({ sheet, cell, original, applied, explanation: kind });
  }
  return { flags: out, findingsSheet: text(values[0][1]) || null };
}
